x = 10
name = "Ann"
print(f"{x=}", f"{x * 2 = }", f"{name=!s}", f"{x=:>5}")
f"{len(name)=}"
