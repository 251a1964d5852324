# A stack that pops by deleting the last element.
stack = []
for tok in "3 4 + 2 *".split():
    if tok in "+*":
        b = stack[-1]
        del stack[-1]
        a = stack[-1]
        del stack[-1]
        stack.append(a + b if tok == "+" else a * b)
    else:
        stack.append(int(tok))
    print(tok, stack)
