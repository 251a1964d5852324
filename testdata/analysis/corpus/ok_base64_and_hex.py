import json

raw = "héllo"
codes = [ord(c) for c in raw]
hexes = [hex(c) for c in codes]
back = "".join(chr(c) for c in codes)
encoded = raw.encode("utf-8")
(hexes, back == raw, len(encoded), json.dumps(raw))
