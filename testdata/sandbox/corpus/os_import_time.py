# expect: ModuleNotFoundError
import time
print(time.time())
