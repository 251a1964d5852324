import re
m = re.search(r"(\d+)-(\d+)", "call 555-1234 now")
print(m.group(), m.group(1), m.group(2), m.groups(), m.start(), m.end(), m.span())
print(re.match(r"\w+", "hello world").group(), re.match(r"\d", "abc"))
print(re.fullmatch(r"[a-z]+", "abc") is not None, re.fullmatch(r"[a-z]+", "abc1"))
re.findall(r"\b\w{3}\b", "the cat sat on a mat")
