# Tab-indented blocks with a space-indented continuation level inside.
def outer(values):
	result = []
	for v in values:
	    if v:
	        result.append(v)
	return result
if __name__ == '__main__':
	print(outer([0, 1, 2]))
