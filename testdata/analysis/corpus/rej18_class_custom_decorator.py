REGISTRY = {}

def register(cls):
    REGISTRY[cls.__name__] = cls
    return cls

@register
class Handler:
    def handle(self, event):
        return f"handled {event}"

sorted(REGISTRY)
