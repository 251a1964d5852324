def total(items):
	result = 0
	for item in items:
		if item > 0:
			result += item
		else:
			continue
	return result

class Box:
	size = 1
	def grow(self):
		self.size *= 2
total([1, -2, 3])
