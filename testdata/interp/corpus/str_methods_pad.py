print(repr("ab".center(7, "*")), repr("ab".ljust(5)), repr("ab".rjust(5, "0")))
print("42".zfill(6), "-42".zfill(6), "+7".zfill(4))
print(repr("tab\tstop".expandtabs(4)))
"x".center(4)
