a = "first part \
second part"
b = 'single \
quoted'
c = f"{1 + 1} then \
more"
d = b"bytes \
continued"
e = "no space\
after"
g = """triple with \
backslash newline"""
h = u"u prefix \
works"
