import os
os.getenv("HOME")
