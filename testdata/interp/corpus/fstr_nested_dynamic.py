width, prec = 10, 3
x = 3.14159
print(f"[{x:{width}.{prec}f}]")
print(f"[{'hi':{'>'}{width}}]")
items = ["a", "bb"]
f"{', '.join(f'<{i}>' for i in items)}"
