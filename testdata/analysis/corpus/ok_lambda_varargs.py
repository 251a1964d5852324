join = lambda *parts, sep="/", **opts: sep.join(parts) + ("/" if opts.get("trailing") else "")
adders = [lambda x, k=k: x + k for k in range(3)]
(join("a", "b"), join("x", sep="-", trailing=True), [f(10) for f in adders])
