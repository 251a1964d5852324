type = "not a keyword here"
print(type)
del type
print(type(42))
type(obj).__name__
type.mro(int)
kind = type[int]
type X = int
type type = int
type match = str
type case = bytes
type _ = None
def type_check(type: type) -> type:
    return type
class Holder:
    type = "attr"
    type Alias = list[int]
obj.type = 3
