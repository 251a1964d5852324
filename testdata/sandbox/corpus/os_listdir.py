# expect: NotImplementedError
import os
print(os.listdir("/"))
