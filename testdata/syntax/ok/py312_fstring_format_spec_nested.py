value = 3.14159
width = 12
precision = 3
a = f"{value:{f"{width}"}.{precision}f}"
b = f"{value:{width}.{f"{precision}"}}"
c = f"{value:{"<" if width > 10 else ">"}{width}}"
d = f"{value!r:{f"^{width}"}}"
e = f"{value:{width}{"." + str(precision)}f}"
