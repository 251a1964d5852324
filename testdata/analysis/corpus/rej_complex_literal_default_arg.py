def rotate(point, by=1j):
    return point * by

"ok"
