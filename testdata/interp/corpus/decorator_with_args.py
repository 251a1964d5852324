def tag(name):
    def deco(f):
        def wrapper(*a, **k):
            return "<" + name + ">" + str(f(*a, **k)) + "</" + name + ">"
        return wrapper
    return deco

@tag("b")
@tag("i")
def hello(who="world"):
    return "hi " + who

hello(), hello(who="ann")
