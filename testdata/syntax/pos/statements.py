import os.path as 路径, sys
from collections import (OrderedDict as 有序,
                         defaultdict)
@decorator("é")
@other
def décoré(x, /, y=1, *args, z: "😀" = 2, **kw):
    global 全局
    with open(x) as f, open(y) as g:
        pass
    try:
        raise ValueError("é") from None
    except (ValueError, TypeError) as é:
        del x
    finally:
        pass
    for i, (j, k) in enumerate(kw.items()):
        continue
    while False:
        break
    x += 1; y: int = 2
    return (yield from args)
@dataclass
class Çlass(Base, metaclass=Meta):
    async def méthode(self):
        async for a in b:
            await a
        async with c as d:
            pass
match cmd:
    case ["gö", *rest] | ("😀", *rest):
        pass
    case {"clé": 1, **others}:
        pass
    case Point(x=0, y=0) as p if p:
        pass
    case -1 | 1.5 | 2+3j | None | Color.RÖT | _:
        pass
