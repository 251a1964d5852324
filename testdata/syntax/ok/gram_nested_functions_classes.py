def factory(kind):
    class Product:
        label = kind

        def describe(self):
            def fmt(x):
                return f"<{x}>"
            return fmt(self.label)

    def build():
        return Product()

    return build


class Outer:
    def method(self):
        def helper():
            class Tmp:
                def inner(self):
                    return lambda: self
            return Tmp
        return helper()
