print("apple" < "banana", "Zebra" < "apple", "a" < "ab", "" < "a")
print(sorted(["b", "A", "a", "B", "10", "9"]))
"abc" == "abc", "abc" is not None
