xs = list(range(8))
print(xs[::-2], xs[6:1:-2], xs[-2::-3], xs[:-9:-1])
print(xs[1:1], xs[5:2:1], xs[2:5:-1])
"hello"[::-1] == "olleh"
