pass


def stub():
    ...


class Proto:
    def method(self): ...
    attr = ...


if condition:
    pass
else:
    ...
