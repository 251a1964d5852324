import datetime
x = 3.14159
w, p = 10, 2
a = f"{x:{w}.{p}f}"
b = f"{x:.{p}}"
c = f"{x:{'>'}{w}}"
d = f"{x:=^20}"
e = f"{1234567:,}"
g = f"{255:_x} {255:#o} {255:08b} {255:X}"
now = datetime.datetime(2024, 1, 2)
h = f"{now:%Y-%m-%d %H:%M}"
i = f"{x:+.3e}"
j = f"{0.25:%}"
k = f"{x:10}"
l = f"{x:{w}}{x:{p}}"
m = f"{'s':<{w}}|"
n = f"{x:.{p}f}%"
