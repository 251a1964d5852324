import re
m = re.match(r"(?P<year>\d{4})-(?P<month>\d{2})", "2024-03-15")
print(m.group("year"), m["month"], m.groupdict())
re.findall(r"(\w)(\d)", "a1 b2 c3")
