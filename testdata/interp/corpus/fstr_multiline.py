a, b = 1, 2
msg = (
    f"a={a} "
    f"b={b} "
    "plain"
)
print(msg)
f"""{a}
{b}"""
