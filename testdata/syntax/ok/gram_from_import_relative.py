from . import x
from .. import y
from ... import z
from .... import w
from .module import name
from ..a.b import (c as d, e)
from .a import b as c
from . import (one, two as deux)
from ...pkg.sub import thing
from .......deep import q
