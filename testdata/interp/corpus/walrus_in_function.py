def first_long(words):
    for w in words:
        if (k := len(w)) > 3:
            return w, k
    return None

first_long(["a", "abcd", "xyzzy"])
