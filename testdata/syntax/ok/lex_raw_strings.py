windows = r"C:\path\to\file"
regex = r"^\d{3}-\d{4}$"
escaped_quote = r"a\"b"
escaped_single = r'it\'s'
two_backslashes = r"\\"
backslash_newline = r"line\
next"
raw_unicode = r"\u00e9 stays \N{BULLET}"
raw_bytes = rb"\x00\n"
raw_triple = r"""\n\t\\"""
raw_ends = r"ends with \\"
