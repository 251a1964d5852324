try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print("got", e)
try:
    raise ValueError("first")
except ValueError:
    {}["nope"]
