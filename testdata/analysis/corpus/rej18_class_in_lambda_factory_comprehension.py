def build(n):
    class Node:
        def __init__(self, v):
            self.v = v
            self.next = None
    nodes = [Node(i) for i in range(n)]
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    return nodes[0]

head = build(3)
head.next.next.v
