# -*- coding: latin-1 -*-
café = "naïve"; x = café
print(x, "é" + "ÿ")
