try:
    assert False, "boom"
except AssertionError as e:
    print("msg:", str(e))
try:
    assert 1 == 2
except AssertionError as e:
    print("bare:", repr(str(e)))
"ok"
