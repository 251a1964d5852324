values = [  # opening comment
    1,  # first

    2,
    # a comment line in the middle
        3,   # oddly indented element
  4,
]  # closing comment
call(
    a,
    # comment between args

    b  # trailing
)
mapping = {
    "k":  # comment after colon
        "v",
}
expr = (1 +
        # comment inside expression
        2
        -
        3)
if (a and
        b):  # comment after colon
    pass
def f(
# column-zero comment inside params
a,
        b):
    return a, b
