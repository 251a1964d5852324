# -*- coding: utf-8 -*-
# BOM plus an explicit utf-8 cookie: both agree.
name = "über"
symbols = "→ ← ↑"
print(name, symbols)
