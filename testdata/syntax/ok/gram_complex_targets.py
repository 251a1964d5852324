a.b[c].d = 1
a[b].c[d] = 2
f(x).y[z] = 3
(a.b, c[d]), [e.f, *g] = data
x[i], x[j] = x[j], x[i]
obj.items[-1:] = []
self.cache[key] = value = compute(key)
*obj.rest, obj.last = seq
for k, self.table[k] in pairs:
    pass
with ctx() as (first, self.second[0]):
    pass
