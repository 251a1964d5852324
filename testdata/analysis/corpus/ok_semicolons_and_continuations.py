a = 1; b = 2; c = a + \
    b
total = (a +
         b +
         c)
items = [
    1,
    2,
]
(total, len(items))
