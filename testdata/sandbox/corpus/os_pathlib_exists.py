# expect: NotImplementedError
from pathlib import Path
print(Path("/").exists())
