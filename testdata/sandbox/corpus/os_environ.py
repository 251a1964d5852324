# expect: NotImplementedError
import os
print(os.environ["PATH"])
