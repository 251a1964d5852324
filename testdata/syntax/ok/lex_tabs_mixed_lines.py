# Tabs used consistently for block indentation, spaces inside continuation lines.
if ready:
	values = [1,
	          2,
	          3]
	while values:
		v = values.pop()
		print(v,	v * 2)  	# tab before comment
x	=	1
y = {
	'a': 1,
		'b': 2,
}
