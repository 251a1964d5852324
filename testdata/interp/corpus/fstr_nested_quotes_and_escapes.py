d = {"key": "val"}
name = "x"
print(f"{d['key']}", f'{d["key"]}', f"{'{'}{name}{'}'}", f"tab\t{name}")
f"{name!r:>6}"
