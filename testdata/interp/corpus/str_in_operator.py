s = "hello world"
print("wor" in s, "xyz" in s, "" in s, "o w" not in s)
try:
    1 in s
except TypeError as e:
    print(e)
"H" in s
