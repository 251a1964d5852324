café = 1
π = 3.14159
变量 = "chinese"
переменная = "russian"
Δx = 0.01
naïve_résumé = True
日本語 = "ja"
ñ = café + π
def größe(länge, breite):
    return länge * breite
class Ünïcödé:
    ß = "sharp s"
print(größe(2, 3), Ünïcödé.ß)
