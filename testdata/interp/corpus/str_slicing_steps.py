s = "0123456789"
print(s[1:8:2], s[8:1:-2], s[::-3], s[-1:-4:-1])
print(s[slice(2, 5)], s[slice(None, None, 4)])
s[::-1][:3]
