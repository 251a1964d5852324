# inputs: {"n": 5, "names": ["x", "y"], "cfg": {"debug": true, "level": null}}
print(n * 2, names[-1], cfg["debug"], cfg["level"])
[name.upper() * n for name in names]
