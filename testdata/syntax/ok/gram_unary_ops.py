-x
+x
~x
not x
- - x
-+-x
~~x
not not x
not -x
-(not x)
- 1
-1.5
+0
~0xFF
x = not a or not b
