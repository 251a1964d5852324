class Plugin:
    from . import hooks
    name = "p"
