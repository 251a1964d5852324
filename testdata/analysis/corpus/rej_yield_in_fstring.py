def gen():
    label = f"value={(yield 1)}"
    return label

"ok"
