rows = [[1, 2, 3], [4, 5, 6]]
table = "\n".join(" | ".join(f"{v:>3}" for v in row) for row in rows)
print(table)
len(table)
