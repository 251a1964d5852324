# Monty accepts a module-level return: it ends the program with that value.
limit = 10
values = [v * v for v in range(limit)]
if sum(values) > 100:
    return "big"
"small"
