# In 3.11 "type" is an ordinary name everywhere.
type = lambda obj: obj.__class__
print(type(3))
type.__doc__
type[int]
type: int = 1
type, other = 1, 2
def f(type=None, *, match=None, case=None):
    return type, match, case
for type in (int, str):
    pass
[type for type in range(3)]
import type
from type import type as type
