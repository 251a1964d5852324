def chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]

list(chunks([1, 2, 3, 4, 5], 2))
