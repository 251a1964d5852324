if False:
    from .compat import shim
value = 3
value
