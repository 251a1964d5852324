if True:
	x	=	1
	if x:
		y = "\té"	+	"😀"
		z = [x,	y,
				x]
def f(a,	b):
	return	a	+	b	# tab before comment
