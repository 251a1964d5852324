budget = 10_000
requests = {"eng": 6000, "ops": 3000, "sales": 4000}
total_req = sum(requests.values())
scale = min(1.0, budget / total_req)
alloc = {team: int(amount * scale) for team, amount in requests.items()}
leftover = budget - sum(alloc.values())
top = max(alloc, key=alloc.get)
alloc[top] += leftover
lines = [f"{t:<6}{a:>8d}" for t, a in sorted(alloc.items())]
("\n".join(lines), sum(alloc.values()))
