_ = "ignored"
for _ in range(3):
    pass
__private = 1
_cache = {}
x_1_000 = 1_000_000
(x_1_000, __private, _)
