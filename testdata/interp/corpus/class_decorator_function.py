registry = []

def register(cls):
    registry.append(cls.__name__)
    return cls

@register
class Plugin:
    pass

@register
class Other:
    pass

registry
