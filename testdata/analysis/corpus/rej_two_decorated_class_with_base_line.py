def register(cls):
    return cls

@register
class Plugin(dict):
    name = "p"
