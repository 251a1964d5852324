42
"docstring-like expression"
x
x.y
x()
x[0]
x + 1
[1, 2]
(1, 2)
{1: 2}
lambda: 0
not x
x if y else z
await_me
-x
