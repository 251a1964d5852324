class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)


class A(metaclass=Meta):
    pass


class B(Base, metaclass=Meta, flag=True):
    pass


class C(*bases, **options):
    pass


class D(Base, extra=1, **more):
    pass
