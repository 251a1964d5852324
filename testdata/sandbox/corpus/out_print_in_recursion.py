# limits: {"max_duration": "5s", "max_output": "64KiB", "max_recursion": 100000}
# expect: MemoryError
def f(n):
    print("level", n, "x" * 100)
    if n < 5000:
        f(n + 1)

f(0)
