import os
try:
    os.getenv("HOME")
except Exception:
    print("caught")
"after"
