# expect: NotImplementedError
import os
os.remove("/tmp/victim")
