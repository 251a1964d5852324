print(len([]), bool([]), bool([0]), len([[]]))
if not []:
    print("empty is falsy")
[] or [1]
