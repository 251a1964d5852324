code = 42
f"[{code:#}]"
