import re

log = """2024-01-05 ERROR disk full on /dev/sda1
2024-01-05 INFO started
2024-01-06 ERROR timeout after 30s"""
pattern = re.compile(r"^(\d{4}-\d{2}-\d{2}) (ERROR|INFO) (.*)$", re.MULTILINE)
errors = [(m.group(1), m.group(3)) for m in pattern.finditer(log) if m.group(2) == "ERROR"]
counts = {}
for day, _ in errors:
    counts[day] = counts.get(day, 0) + 1
(errors, counts)
