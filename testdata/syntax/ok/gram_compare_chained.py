0 <= x < 10
a < b < c < d
a == b == c
a is b is not c
x in y not in z
lo <= value <= hi != sentinel
a < b > c <= d >= e == f != g in h not in i is j is not k
(a < b) < c
a < (b < c)
