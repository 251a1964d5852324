def boom():
    raise RuntimeError("must not run")

x = 5
y = "small" if x < 10 else boom()
z = boom() if x > 10 else "lazy"
(y, z)
