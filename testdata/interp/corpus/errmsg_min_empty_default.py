print(min([], default="none"))
min([])
