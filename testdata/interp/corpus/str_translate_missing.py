table = str.maketrans("abc", "xyz")
"aabbcc".translate(table)
