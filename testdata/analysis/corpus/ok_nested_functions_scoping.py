def outer(values):
    factor = 3

    def scale(v):
        return v * factor

    def describe():
        scaled = [scale(v) for v in values]
        return helper(scaled)

    def helper(xs):
        return {"min": min(xs), "max": max(xs)}

    return describe()

outer([1, 5, 2])
