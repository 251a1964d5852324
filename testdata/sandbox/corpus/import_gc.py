# expect: ModuleNotFoundError
import gc
print(gc)
