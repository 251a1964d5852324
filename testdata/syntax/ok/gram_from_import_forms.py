from os import path
from os import path as p
from os import path, sep, linesep
from collections import (OrderedDict, defaultdict as dd, Counter)
from typing import (
    Any,
    Callable as Fn,
    Optional,
)
from a.b.c import d
from a.b.c import (e as f, g,)
