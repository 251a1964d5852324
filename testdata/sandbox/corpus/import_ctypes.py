# expect: ModuleNotFoundError
import ctypes
print(ctypes)
