try:
    import ujson as json
except ImportError:
    import json

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

def lazy():
    from decimal import Decimal
    import fractions
    return Decimal, fractions

if TYPE_CHECKING:
    from .models import User
