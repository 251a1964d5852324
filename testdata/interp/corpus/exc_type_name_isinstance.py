try:
    [].pop()
except Exception as e:
    err = e
print(type(err).__name__, isinstance(err, IndexError), isinstance(err, LookupError))
type(err) is IndexError
