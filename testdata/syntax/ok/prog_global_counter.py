counter = 0
seen = set()


def record(event_id):
    global counter
    if event_id in seen:
        return False
    seen.add(event_id)
    counter += 1
    return True


def make_batcher(size):
    batch = []
    flushed = 0

    def add(item):
        nonlocal flushed
        batch.append(item)
        if len(batch) >= size:
            send_batch(list(batch))
            batch.clear()
            flushed += 1
        return flushed

    return add


add = make_batcher(3)
for eid in event_ids:
    if record(eid):
        add(eid)
counter
