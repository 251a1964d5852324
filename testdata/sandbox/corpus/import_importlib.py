# expect: ModuleNotFoundError
import importlib
print(importlib)
