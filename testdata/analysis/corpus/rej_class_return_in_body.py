class Early:
    x = 1
    return x
