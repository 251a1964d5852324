# expect: ModuleNotFoundError
def sneaky():
    import subprocess
    return subprocess.run(["id"])

sneaky()
