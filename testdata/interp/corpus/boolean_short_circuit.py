def t(name, v):
    print("call", name)
    return v

print(t("a", 0) and t("b", 1))
print(t("c", 1) or t("d", 1))
print(not t("e", []))
t("f", 2) and t("g", 3) or t("h", 4)
