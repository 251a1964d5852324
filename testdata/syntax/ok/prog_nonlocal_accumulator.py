def make_stats():
    count = 0
    total = 0.0
    smallest = None

    def add(x):
        nonlocal count, total, smallest
        count += 1
        total += x
        if smallest is None or x < smallest:
            smallest = x

    def summary():
        return {"n": count, "mean": total / count if count else None, "min": smallest}

    return add, summary


add, summary = make_stats()
for reading in sensor_readings:
    if reading is not None:
        add(reading)
summary()
