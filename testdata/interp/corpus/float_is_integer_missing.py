x = 4.0
x.is_integer()
