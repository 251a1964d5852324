print({10**20: 1, 1e20: 2}, {1e20: 1, 10**20: 2})
d = {}
d[2**70] = "a"
d[2.0**70] = "b"
print(d, d.get(2.0**70), len(d))
s = {2**70}
s.add(2.0**70)
print(s, 10**20 in {1e20}, 1e20 in {10**20}, -2**63 in {-(2.0**63)})
print({(10**20, 1)} == {(1e20, 1)}, hash(10**20) == hash(1e20))
print(frozenset([2**64]) == frozenset([2.0**64]), {frozenset([2**64]): 1}.get(frozenset([2.0**64])))
{1: "a", 1.0: "b", True: "c"}
