# expect: ModuleNotFoundError
import threading
print(threading)
