state = None
for i in range(2):
    pass
else:
    for state.last in [i]:
        pass
"ok"
