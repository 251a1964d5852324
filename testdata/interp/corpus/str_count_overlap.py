print("aaaa".count("aa"), "abababa".count("aba"))
print("Mississippi".lower().count("ss"))
"abc".count("abc", 1)
