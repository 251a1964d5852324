d = {"k": 1}
name = "x"
a = f"{d["k"] = }"
b = f"{d['k']=!r}"
c = f"{name.upper() = :>10}"
e = f"{f"{name}" = }"
g = f"{
    d["k"]
=}"
