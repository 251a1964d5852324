class Outer:
    name = "outer"

    class Inner:
        name = "inner"

Outer.name
