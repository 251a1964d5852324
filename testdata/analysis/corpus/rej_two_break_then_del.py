# The stray break (line 4) comes first in source order, but Monty checks
# break/continue placement in a later phase than unsupported constructs.
if True:
    break
value = 1
del value
