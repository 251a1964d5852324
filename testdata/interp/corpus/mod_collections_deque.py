from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d, len(d))
d.extend([7, 8])
d.rotate(1)
print(list(d))
m = deque(maxlen=2)
for i in range(5):
    m.append(i)
list(m)
