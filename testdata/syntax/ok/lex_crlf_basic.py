# This file uses CRLF line endings.
def area(w, h):
    if w < 0 or h < 0:
        raise ValueError("negative")
    return w * h

sizes = [(1, 2), (3, 4)]
for w, h in sizes:
    print(area(w, h))
