import math


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


query_vec = await embed(query)
candidates = await vector_search(query_vec, k=40)

rescored = []
for c in candidates:
    sim = cosine(query_vec, c["embedding"])
    freshness = 1 / (1 + c["age_days"] / 365)
    rescored.append((0.8 * sim + 0.2 * freshness, c["id"], c["text"][:200]))

rescored.sort(reverse=True)
[{"id": i, "score": round(s, 4), "preview": t} for s, i, t in rescored[:8]]
