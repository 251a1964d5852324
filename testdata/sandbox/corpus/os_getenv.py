# expect: NotImplementedError
import os
print(os.getenv("HOME"))
