# expect: ModuleNotFoundError
import inspect
print(inspect)
