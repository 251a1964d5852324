lines = ["host = db.local", "port=5432", "# comment", "user = admin ", ""]
config = {}
for line in lines:
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    key, sep, value = line.partition("=")
    if sep:
        config[key.strip()] = value.strip()
config
