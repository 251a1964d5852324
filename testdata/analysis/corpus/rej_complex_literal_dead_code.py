USE_COMPLEX = False
if False:
    z = 1J
"skipped"
