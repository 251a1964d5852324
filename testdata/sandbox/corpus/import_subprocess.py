# expect: ModuleNotFoundError
import subprocess
print(subprocess)
