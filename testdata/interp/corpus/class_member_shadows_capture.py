def make_counter(start):
    step = 1

    class Counter:
        step = 2

        def advance(self, n):
            return n + step

    return Counter().advance(start)


print("never printed")
make_counter(5)
