def add_item(item, items=None):
    if items is None:
        items = []
    items.append(item)
    return items

add_item(1), add_item(2), add_item(3, [0])
