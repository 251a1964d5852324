def hexdump(values):
    return " ".join(f"{v:#04x}" for v in values)

hexdump([0, 15, 255])
