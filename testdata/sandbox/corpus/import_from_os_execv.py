# expect: ImportError
from os import execv
execv("/bin/sh", ["sh"])
