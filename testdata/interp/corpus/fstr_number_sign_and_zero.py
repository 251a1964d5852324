vals = [0, -0.0, 1.5, -1.5]
[f"{v:+.1f}" for v in vals] + [f"{v: .1f}" for v in vals]
