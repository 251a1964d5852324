from pathlib import Path
Path("/etc/hostname").read_text()
