class Outer:
    class Inner:
        pass
