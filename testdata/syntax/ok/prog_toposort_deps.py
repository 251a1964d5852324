def toposort(deps):
    indegree = {n: 0 for n in deps}
    for n, reqs in deps.items():
        for r in reqs:
            indegree.setdefault(r, 0)
    for n, reqs in deps.items():
        indegree[n] += len(reqs)
    users = {}
    for n, reqs in deps.items():
        for r in reqs:
            users.setdefault(r, []).append(n)
    ready = sorted(n for n, d in indegree.items() if d == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in users.get(n, []):
            indegree[u] -= 1
            if indegree[u] == 0:
                ready.append(u)
        ready.sort()
    if len(order) != len(indegree):
        cyclic = [n for n, d in indegree.items() if d > 0]
        raise RuntimeError(f"cycle among {cyclic}")
    return order


toposort({"deploy": ["build", "test"], "test": ["build"], "build": ["fetch"], "docs": []})
