# mock fetch: {"raise": {"type": "TimeoutError", "message": "unreachable"}}
try:
    fetch("http://x")
except OSError as e:
    print("failed:", type(e).__name__, e)
"handled"
