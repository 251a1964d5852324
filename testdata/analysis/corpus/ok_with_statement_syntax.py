# `with` is valid Monty syntax (only file objects are context managers).
def read_config(path):
    with open(path) as fh:
        return fh.read()

def copy(src, dst):
    with open(src) as a, open(dst, "w") as b:
        b.write(a.read())

"defined"
