# 0.0.18 never compiles decorator expressions, so the 1j here goes unseen.
def tag(value):
    def deco(fn):
        return fn
    return deco

@tag(1j)
def rotate(x):
    return x

rotate(2)
