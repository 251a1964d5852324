def check(v):
    assert v == 2

check(2)
check(3)
