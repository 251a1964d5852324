None
True
False
0
1
-1
3.14
1e10
2j
"s"
b"b"
x = (None, True, False)
y = [0, 0.0, 0j, "", b""]
