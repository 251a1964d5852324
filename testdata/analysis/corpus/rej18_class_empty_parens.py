class Marker():
    pass

m = Marker()
type(m).__name__
