[x + y + z for x in a if x for y in b if y if y > x for z in c]
{k: v for row in rows if row for k, v in row.items() if k not in skip}
{a for a in range(10) if a % 2 if a % 3 for _ in range(a)}
(p for q in r for p in q for _ in p)
[(i, j) for i in range(5) for j in range(i) if (i + j) % 2 == 0 if j]
