counts = {"upper": 0, "lower": 0, "digit": 0, "space": 0, "other": 0}
for ch in "Hello World 2024!":
    if ch.isupper():
        counts["upper"] += 1
    elif ch.islower():
        counts["lower"] += 1
    elif ch.isdigit():
        counts["digit"] += 1
    elif ch.isspace():
        counts["space"] += 1
    else:
        counts["other"] += 1
counts
