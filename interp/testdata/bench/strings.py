parts = []
for i in range(100000):
    s = "item" + str(i)
    if s.endswith("7"):
        parts.append(s.upper())
    else:
        parts.append(f"{s}:{i % 10}")
text = ",".join(parts)
words = text.split(",")
len(text) + len(words)
