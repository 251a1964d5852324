# expect: AttributeError
import os
print(os.popen("id").read())
