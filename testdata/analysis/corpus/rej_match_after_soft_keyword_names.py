match = {"kind": "a"}
case = "a"
kind = match["kind"]
match kind:
    case "a":
        out = 1
    case _:
        out = 2
out
