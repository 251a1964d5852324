# leading comment
x = 1  # trailing comment
def f(  # after paren
    a,  # first
    # between params
    b,
):  # after colon
    # inside body
    return a + b  # done
    # trailing comment in body

# before class
class C:  # hi
    # only comment line then pass
    pass
#no space comment
        # indented comment at odd level
y = [  # list
    1,  # one
    # nothing
]
