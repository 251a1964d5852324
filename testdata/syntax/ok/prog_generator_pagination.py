def pages(endpoint, page_size=100):
    cursor = None
    while True:
        resp = http_get(endpoint, params={"limit": page_size, "cursor": cursor})
        yield from resp["items"]
        cursor = resp.get("next_cursor")
        if not cursor:
            return


def take(iterable, n):
    out = []
    for item in iterable:
        if len(out) >= n:
            break
        out.append(item)
    return out


active = (u for u in pages("/users") if u["active"])
first_fifty = take(active, 50)
len(first_fifty)
