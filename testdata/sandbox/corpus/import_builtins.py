# expect: ModuleNotFoundError
import builtins
print(builtins)
