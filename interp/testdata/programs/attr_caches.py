# Attribute sites remember where they found an attribute (interp/attrcache.go).
# Each check runs the same site before and after a change that must make it
# look again: a class attribute or method assigned later, an instance
# attribute shadowing a method, __init__ replaced, instances whose
# attributes were set in other orders, many attributes, a class made frozen.
from collections import namedtuple
from dataclasses import dataclass


class A:
    k = 1

    def __init__(self, v):
        self.v = v

    def m(self):
        return "m" + str(self.v)


def call_m(o):
    return o.m()


def read_k(o):
    return o.k


def read_v(o):
    return o.v


def set_v(o, x):
    o.v = x


a, b = A(1), A(2)
for _ in range(3):
    assert call_m(a) == "m1" and call_m(b) == "m2"
    assert read_k(a) == 1 and read_v(b) == 2


# A method assigned to the class after the site has called the old one.
def m2(self):
    return "m2:" + str(self.v)


A.m = m2
assert call_m(a) == "m2:1" and call_m(b) == "m2:2"

# An instance attribute shadows the method for that instance only.
a.m = lambda: "own"
assert call_m(a) == "own" and call_m(b) == "m2:2"
assert call_m(a) == "own"

# The class attribute now is no function at all.
A.m = 5
try:
    call_m(b)
    assert False, "int called"
except TypeError as e:
    assert str(e) == "'int' object is not callable", str(e)
assert call_m(a) == "own"

# A class attribute read through an instance, reassigned, then shadowed.
A.k = 9
assert read_k(a) == 9 and read_k(b) == 9
b.k = 3
assert read_k(b) == 3 and read_k(a) == 9 and A.k == 9

# __init__ replaced after instances were made.
def init2(self, v):
    self.v = v * 10
    self.w = 0


A.__init__ = init2
c = A(4)
assert read_v(c) == 40 and c.w == 0 and read_v(a) == 1


# One site, instances whose attributes were set in other orders.
class P:
    pass


def getx(o):
    return o.x


def setz(o, z):
    o.z = z


objs = []
for i in range(6):
    p = P()
    if i % 2 == 0:
        p.x = i
        p.y = -i
    else:
        p.y = -i
        p.x = i
    if i % 3 == 0:
        p.w = "w"
    objs.append(p)
for _ in range(2):
    for i, p in enumerate(objs):
        assert getx(p) == i, (i, getx(p))
        setz(p, i * 2)
        assert p.z == i * 2
        setz(p, i * 3)
        assert p.z == i * 3 and p.x == i and p.y == -i

# Many attributes, set by computed names.
big = P()
for i in range(60):
    setattr(big, "a" + str(i), i)
assert all(getattr(big, "a" + str(i)) == i for i in range(60))
big2 = P()
for i in range(59, -1, -1):
    setattr(big2, "a" + str(i), -i)
for i in range(60):
    assert getattr(big, "a" + str(i)) == i and getattr(big2, "a" + str(i)) == -i
big.x = 7
big2.x = 8
assert getx(big) == 7 and getx(big2) == 8
setz(big, 1)
setz(big2, 2)
assert big.z == 1 and big2.z == 2 and not hasattr(big, "m")


# A store site that stored to a class's instances, then the class is frozen.
class F:
    def __init__(self, v):
        self.v = v


f = F(1)
set_v(f, 2)
set_v(f, 3)
assert read_v(f) == 3
F2 = dataclass(frozen=True)(F)
try:
    set_v(f, 4)
    assert False, "stored to a frozen instance"
except Exception as e:
    assert type(e).__name__ == "FrozenInstanceError"
assert read_v(f) == 3

# namedtuple instances and their copies.
Pt = namedtuple("Pt", "x y")
q = Pt(1, 2)
r = q._replace(x=5)
assert getx(q) == 1 and getx(r) == 5 and r.y == 2 and q == (1, 2) and r == (5, 2)


# A method called on an instance with many attributes, which then gains an
# attribute of the method's name.
class G:
    def m(self):
        return "class"


def call_gm(o):
    return o.m()


g = G()
for i in range(40):
    setattr(g, "b" + str(i), i)
assert call_gm(g) == "class" and call_gm(g) == "class"
g.m = lambda: "own"
assert call_gm(g) == "own"


# A class whose instances set attributes in so many ways that new ones get
# shapes of their own: one store site, two such instances.
class H:
    pass


for i in range(300):
    setattr(H(), "k" + str(i), i)


def set_q(o):
    o.q = 1


h1, h2 = H(), H()
set_q(h1)
set_q(h2)
h1.r = 2
assert h1.q == 1 and h1.r == 2 and h2.q == 1 and not hasattr(h2, "r")
h2.s = 3
assert not hasattr(h1, "s") and h2.s == 3
