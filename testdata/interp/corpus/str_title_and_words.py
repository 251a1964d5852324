s = "hello wORLD, it's a-test"
print(s.title(), s.capitalize(), s.swapcase())
" ".join(w.capitalize() for w in s.split())
