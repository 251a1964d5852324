pairs = [(1, ("a", True)), (2, ("b", False))]
out = []
for i, (label, flag) in pairs:
    out.append(f"{i}:{label}:{flag}")
for [a, b] in [(1, 2), (3, 4)]:
    out.append(str(a + b))
for first, *rest in [(1, 2, 3), (4, 5)]:
    out.append(f"{first}/{len(rest)}")
out
