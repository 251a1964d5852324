readings = [("s1", 20.5), ("s2", None), ("s1", 21.0), ("s3", 19.0), ("s2", 22.5)]
valid = [(s, v) for s, v in readings if v is not None]
by_sensor = {}
for sensor, value in valid:
    by_sensor.setdefault(sensor, []).append(value)
averages = {s: sum(vs) / len(vs) for s, vs in by_sensor.items()}
hot = {s for s, avg in averages.items() if avg > 20}
pairs = [(a, b) for a in sorted(hot) for b in sorted(hot) if a < b]
print(averages, hot, pairs)
averages
