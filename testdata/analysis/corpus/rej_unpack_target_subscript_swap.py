# Swapping two list slots through a tuple target of subscripts.
def bubble_pass(xs):
    for i in range(len(xs) - 1):
        if xs[i] > xs[i + 1]:
            xs[i], xs[i + 1] = xs[i + 1], xs[i]
    return xs

bubble_pass([3, 1, 2])
