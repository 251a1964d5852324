make = lambda value: (yield value)
"lambda defined"
