people = [{"name": "Ann", "age": 31, "city": "Oslo"}, {"name": "Bo", "age": 25, "city": "Rome"}, {"name": "Cy", "age": 40, "city": "Oslo"}]
by_city = {}
for p in people:
    by_city.setdefault(p["city"], []).append(p["name"])
oldest = max(people, key=lambda p: p["age"])
avg = sum(p["age"] for p in people) / len(people)
print(by_city, oldest["name"], round(avg, 2))
sorted(people, key=lambda p: p["age"])[0]["name"]
