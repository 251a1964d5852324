# Same-quote nesting inside an f-string is Python 3.12 syntax.
row = {"name": "Ada", "score": 97.456}
line = f"{row["name"]:>6} {row["score"]:8.2f}"
print(line)
line
