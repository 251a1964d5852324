print(missing_func(1))
