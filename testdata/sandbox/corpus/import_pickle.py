# expect: ModuleNotFoundError
import pickle
print(pickle)
