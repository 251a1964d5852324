from collections import deque

edges = get_flight_edges()
graph = {}
for a, b in edges:
    graph.setdefault(a, set()).add(b)
    graph.setdefault(b, set()).add(a)


def shortest_route(start, goal):
    prev = {start: None}
    todo = deque([start])
    while todo:
        node = todo.popleft()
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for nxt in sorted(graph.get(node, ())):
            if nxt not in prev:
                prev[nxt] = node
                todo.append(nxt)
    return None


route = shortest_route(origin, destination)
" -> ".join(route) if route else "no route"
