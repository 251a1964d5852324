#!/usr/bin/env python3
# vim: set fileencoding=iso-8859-15 :
currency = "€"
text = "naïve"
print(currency, text)
