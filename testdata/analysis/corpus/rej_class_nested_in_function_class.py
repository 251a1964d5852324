def factory():
    class Outer:
        class Meta:
            ordering = ["id"]
    return Outer

factory()
