def label(n):
    return "zero" if n == 0 else ("neg" if n < 0 else "pos")

flags = [n % 2 == 0 and n > 2 or n == 1 for n in range(6)]
(list(map(label, [-1, 0, 3])), flags, not flags[0])
