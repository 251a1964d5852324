# json.dumps and json.loads round trips of nested data.
import json

records = [{"id": i, "name": "user" + str(i), "tags": ["a", "b", str(i % 5)], "score": i * 0.5, "ok": i % 2 == 0}
           for i in range(400)]
total = 0
for rep in range(100):
    text = json.dumps(records)
    back = json.loads(text)
    total += len(text) + sum(r["id"] for r in back)
print(total)
