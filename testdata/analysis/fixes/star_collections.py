# from collections import * with Counter, defaultdict, deque, namedtuple.
from collections import *

c = Counter("hello world")
print(c["l"], c["o"])
groups = defaultdict(list)
for n in range(6):
    groups[n % 3].append(n)
print(dict(groups))
q = deque([1, 2, 3])
q.appendleft(0)
q.append(4)
print(list(q), q.popleft(), q.pop())
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p.x + p.y)
