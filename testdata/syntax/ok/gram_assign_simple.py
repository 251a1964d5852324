x = 1
y = x
name = "monty"
value = None
flag = True
items = []
mapping = {}
