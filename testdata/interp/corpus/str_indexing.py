s = "python"
print(s[0], s[-1], s[2:4], s[::-1], s[::2], s[-3:])
print(s[10:], s[:100], s[4:1], s[-100:2])
try:
    s[6]
except IndexError as e:
    print(e)
s[1::3]
