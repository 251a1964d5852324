import itertools
list(itertools.product("ab", repeat=2))
