import os
print(os.sep, os.curdir, os.pardir, os.extsep, os.name == "posix" or os.name)
os.linesep == "\n"
