# expect: ModuleNotFoundError
import shutil
print(shutil)
