# expect: ModuleNotFoundError
import signal
print(signal)
