e = FileNotFoundError("missing.txt")
[isinstance(e, OSError), isinstance(e, Exception), isinstance(e, BaseException), isinstance(e, LookupError), isinstance(KeyError("k"), LookupError)]
