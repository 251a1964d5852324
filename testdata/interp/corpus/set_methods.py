s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(10)
s.remove(2)
print(sorted(s), len(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
t = s.copy()
t.clear()
print(t, sorted(s))
s.pop() in {1, 3, 4}
