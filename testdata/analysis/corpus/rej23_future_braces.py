from __future__ import braces

x = 1
x
