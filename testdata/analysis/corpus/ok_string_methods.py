raw = "  Alice,  BOB ,carol  "
names = [n.strip().title() for n in raw.split(",")]
initials = "".join(n[0] for n in names)
padded = [n.ljust(6, ".") for n in names]
upper = [n.upper() for n in names if n.startswith(("A", "C"))]
(names, initials, padded, upper, "-".join(reversed(names)))
