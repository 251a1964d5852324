pick = lambda a, b, a=1: a
"ok"
