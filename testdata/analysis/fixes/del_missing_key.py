# Deleting a missing key raises KeyError, caught by the program.
d = {"a": 1}
try:
    del d["missing"]
except KeyError as e:
    print("KeyError", e.args, repr(e))
print(d)


def remove(d, k):
    try:
        del d[k]
        return True
    except KeyError:
        return False


print(remove(d, "a"), remove(d, "a"), d)
try:
    del d[(1, 2)]
except KeyError:
    print("tuple key missing")
