import math
grab = lambda items: {1 for math.tmp in items}
"ok"
