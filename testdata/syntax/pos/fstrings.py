name = "wörld"
a = f"héllo {name}!"
b = f"😀{name!r:>{10}}😀 {a}"
c = f"{'é' + name}" f"{name.upper()}中"
d = f"""{name}
😀 {a
   + b} é"""
e = f"{name=}" + f"{3.5:.{2}f}"
