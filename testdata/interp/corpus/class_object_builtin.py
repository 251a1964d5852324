o = object()
type(o).__name__
