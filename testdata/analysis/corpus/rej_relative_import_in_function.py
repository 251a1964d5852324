def load_plugin(name):
    from .plugins import registry
    return registry[name]

"ok"
