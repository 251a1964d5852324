from typing import List, Dict, Optional, Any, Union, Callable

def f(xs: List[int], d: Dict[str, Any], o: Optional[str] = None) -> Union[int, str]:
    return len(xs) + len(d) if o is None else o

cb: Callable[[int], int] = lambda v: v + 1
print(f([1, 2], {"a": 1}), f([], {}, "given"), cb(1))
import typing
typing.TYPE_CHECKING
