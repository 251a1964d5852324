class Meta:
    pass

class Model(metaclass=Meta):
    name = "m"
