b = b"banana"
print(b.count(b"a"), b.index(b"n"), b.rfind(b"an"))
print(b.isalpha(), b"123".isdigit(), b.islower())
b.partition(b"n")
