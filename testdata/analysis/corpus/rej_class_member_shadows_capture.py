def make_counter():
    step = 1

    class Counter:
        step = 2

        def advance(self, n):
            return n + step

    return Counter()


make_counter().advance(1)
