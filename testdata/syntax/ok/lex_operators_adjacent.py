a = b**-c
a = b*-c
a = b--c
a = b+-+c
a = b<-c
a = b<<-c
a = b//-c
a = b!=-c
a = [*-a]
a = b[:-1]
a = b[::-1]
a = {**-x} if False else {}
def f(x)->int: return x
a = (y:=-1)
a = x if-x else+x
a = b@-c
a = 1 if 1else 2
