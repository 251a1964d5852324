# expect: NotImplementedError
from pathlib import Path
print(Path("/etc/hostname").read_text())
