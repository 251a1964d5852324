# expect: AttributeError
import os
os.system("echo pwned")
