def register(cls):
    return cls


class Base:
    pass


@register
class Child(Base):
    pass
