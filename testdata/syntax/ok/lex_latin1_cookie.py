# -*- coding: latin-1 -*-
# This file is encoded in Latin-1, not UTF-8.
name = "François"
price = "12£ or 14éè"
b = b"\xe9"
print(name, price)
