# The imaginary literal sits only in annotations, which Monty never compiles.
scale: 2j = 3
def rotate(x: 1j, y: float) -> 1j:
    return (x, y)
rotate(scale, 1.0)
