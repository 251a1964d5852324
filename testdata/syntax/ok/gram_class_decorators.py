@dataclass
class A:
    x: int


@dataclass(frozen=True, slots=True)
class B:
    y: str = "b"


@register("name")
@total_ordering
class C(Base):
    def __eq__(self, other):
        return True


@registry["classes"].add
class D:
    ...
