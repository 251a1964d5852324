# CRLF endings: newlines inside triple-quoted strings become \n in the value.
doc = """first line
second line
third line"""
raw = r'''raw
text'''
data = b"""bytes
too"""
name = "x"
fs = f"""{name}
{name!r}"""
cont = "abc\
def"
