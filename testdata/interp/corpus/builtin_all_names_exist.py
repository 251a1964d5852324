names = [abs, all, any, bin, bool, bytes, chr, dict, divmod, enumerate, filter, float, frozenset, getattr, hasattr, hash, hex, id, int, isinstance, iter, len, list, map, max, min, next, oct, ord, pow, print, range, repr, reversed, round, set, setattr, slice, sorted, str, sum, tuple, type, zip]
len(names)
