import re

PATTERNS = {
    "EMAIL": r"[\w.+-]+@[\w-]+\.[\w.]+",
    "SSN": r"\b\d{3}-\d{2}-\d{4}\b",
    "CARD": r"\b(?:\d[ -]?){13,16}\b",
    "IP": r"\b(?:\d{1,3}\.){3}\d{1,3}\b",
}

redacted = transcript
counts = {}
for label, pattern in PATTERNS.items():
    redacted, n = re.subn(pattern, f"[{label}]", redacted)
    if n:
        counts[label] = n

{"text": redacted, "redactions": counts}
