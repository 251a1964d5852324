# mock next_page: {"sequence": [[1, 2], [3], []]}
items = []
while True:
    page = next_page()
    if not page:
        break
    items.extend(page)
print(items)
next_page()
