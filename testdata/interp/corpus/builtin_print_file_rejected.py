import sys
print("x", file=sys.stderr)
