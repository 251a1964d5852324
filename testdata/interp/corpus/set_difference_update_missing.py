s = {1, 2, 3}
s.difference_update({1})
s
