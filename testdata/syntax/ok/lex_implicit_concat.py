a = "one" "two"
b = "one" 'two' """three""" '''four'''
c = ("line one "
     "line two "
     "line three")
x = 42
d = f"x={x} " "plain"
e = "plain " f"x={x}"
g = f"{x}" f"{x}" f"{x}"
h = b"bytes" b" more" B'bytes'
i = r"\raw" "\tcooked"
j = u"uni" "code"
k = ("a"
     # comment between pieces
     "b")
l = "a" \
    "b"
m = f"{x}" r"\n" rf"{x}\n"
