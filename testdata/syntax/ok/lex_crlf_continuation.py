total = 1 + \
    2 + \
    3
items = [
    'a',  # comment

    'b',
]
if total > 5 and \
   items:
    result = {
        'total': total,
    }
else:
    result = None
