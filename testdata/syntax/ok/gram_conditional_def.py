if sys.platform == "win32":
    def sep():
        return "\\"
    class Path(WindowsPath):
        pass
else:
    def sep():
        return "/"
    class Path(PosixPath):
        pass

try:
    from fast import impl
except ImportError:
    def impl(x):
        return x

while False:
    def never():
        pass
