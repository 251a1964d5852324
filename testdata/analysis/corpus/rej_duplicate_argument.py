def merge(left, right, left):
    return left + right

"ok"
