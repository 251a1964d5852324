# Identifiers beyond ASCII: accents, CJK, Greek, and NFKC-normalised forms.
café = 1
变量 = café + 2
π, λ_α = 3.14, lambda 值: 值 * café
résumé = {"clé": 变量, "ключ": π}
ｗｉｄｅ = résumé["clé"]  # fullwidth letters normalise to "wide"
ﬁle = ｗｉｄｅ.bit_length()  # "ﬁ" ligature normalises to "fi"
def 函数(参数: int, *, ключ=None) -> 变量:
    return 参数 + len(ключ or "")
class Über(dict):
    größe: int = 0
print(函数(参数=1, ключ="é"), Über.größe, ﬁle)
