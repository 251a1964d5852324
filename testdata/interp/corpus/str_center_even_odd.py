print("[" + "ab".center(5) + "]", "[" + "abc".center(6) + "]", "[" + "a".center(4, "-") + "]")
"[" + "abc".center(2) + "]"
