s = "Hello World ß"
print(s.upper(), s.lower(), s.swapcase())
print(s.title(), "hello world".capitalize(), s.casefold())
"ǅx".istitle(), "ABC".isupper(), "abc".islower()
