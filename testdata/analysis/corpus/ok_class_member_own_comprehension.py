def make_table():
    size = 3

    class Table:
        size = 2
        cells = [size for _ in range(2)]

        def width(self, n):
            size = n
            return size

    return Table.cells, Table().width(size)


make_table()
