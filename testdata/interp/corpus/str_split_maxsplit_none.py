print("a  b  c".split(None, 1))
print("a,b,c".split(",", -1))
print("".split(), "".split(","))
" x ".split(" ")
