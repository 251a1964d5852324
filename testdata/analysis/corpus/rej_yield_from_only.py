def flatten(nested):
    for sub in nested:
        yield from sub

"defined"
