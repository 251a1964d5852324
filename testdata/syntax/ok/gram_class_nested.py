class Outer:
    class Inner:
        class Innermost:
            value = 1

        def method(self):
            class Local:
                pass
            return Local

    attr = Inner.Innermost.value

    def make(self):
        return self.Inner()
