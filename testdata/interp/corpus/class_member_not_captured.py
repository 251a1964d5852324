def make_table():
    size = 3
    label = "t"

    class Table:
        size = 2
        label: str

        def width(self, size):
            return size + self.size

        def name(self):
            return label

    return Table().width(size), Table().name(), size


make_table()
