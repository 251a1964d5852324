a.b
a.b.c.d.e
a.b().c
a().b().c()
a[0].b[1].c
a.b[0].c(d).e
(a + b).real
"text".upper().strip()
obj.method(arg).attr.other[key]
self.x.y = self.z.w
1.0.real
1 .real
(1).bit_length()
