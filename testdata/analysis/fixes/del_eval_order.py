# The container is evaluated before the key, as del does, and several
# targets are evaluated one after the other.
store = {"k1": 1, "k2": 2, "k3": 3}


def container(tag):
    print("container", tag)
    return store


def key(k):
    print("key", k)
    return k


del container(1)[key("k1")]
del container(2)[key("k2")], container(3)[key("k3")]
print(store)
