import sys
print(sys.platform, sys.version_info[:2], type(sys.version).__name__)
sys.version_info[0] >= 3
