def acc():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def get():
        return items
    return add, get

add, get = acc()
add("a")
add("b")
get()
