# Same shape as rej_global_after_use.py, but `level` has no module-level
# binding before the function.
def show():
    print(level)
    global level
    return level

level = 1
show()
