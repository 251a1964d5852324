tests = ["abc", "ABC", "123", "a1", "", "  ", "Title Case", "½", "٣"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.isdecimal(), t.isnumeric())
"abc_1".isidentifier(), "1abc".isidentifier()
