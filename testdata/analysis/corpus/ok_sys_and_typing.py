import sys
from typing import Dict, List, Optional, Union

Number = Union[int, float]

def mean(xs: List[Number]) -> Optional[float]:
    return sum(xs) / len(xs) if xs else None

registry: Dict[str, int] = {"a": 1}
(mean([1, 2, 3]), mean([]), registry, type(sys.platform).__name__)
