print(1 == "1", [1] == (1,), {} == [], None == 0, "a" != b"a")
print(1 == 1.0 == True)
0 == False
