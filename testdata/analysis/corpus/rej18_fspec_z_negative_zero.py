delta = -0.0
f"{delta:z.1f}"
