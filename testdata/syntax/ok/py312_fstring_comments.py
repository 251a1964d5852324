x = 10
y = 20
a = f"{x  # the x value
}"
b = f"sum is {
    x  # first operand
    + y  # second operand
}"
c = f'{
    # a comment on its own line
    x * y
}'
d = f"""{
    x  # comments were already fine in triple-quoted? not before 3.12
}"""
e = f"{[
    x,  # element one
    y,  # element two
]}"
