def deep(n):
    return deep(n + 1) + 1

try:
    deep(0)
except RecursionError as e:
    print("caught", type(e).__name__)
"after"
