# String building: concatenation, join, f-strings, methods.
parts = []
for i in range(120000):
    s = f"item-{i}:{i * 3 % 7}"
    parts.append(s.upper().replace("ITEM", "x"))
text = ",".join(parts)
acc = ""
for i in range(40000):
    acc += str(i % 10)
words = text.split(",")
print(len(text), len(acc), sum(len(w) for w in words), words[12345], acc.count("7"))
