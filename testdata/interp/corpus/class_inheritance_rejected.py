class Base:
    def hello(self):
        return "base"

class Child(Base):
    pass

Child().hello()
