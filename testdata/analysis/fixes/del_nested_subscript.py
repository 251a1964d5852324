# Nested subscripts: only the last subscript is the one deleted.
cfg = {
    "a": {"b": 1, "c": 2},
    "servers": [{"host": "x", "port": 80}, {"host": "y", "port": 81}],
}
del cfg["a"]["b"]
print(cfg["a"])
del cfg["servers"][0]["port"]
print(cfg["servers"])
del cfg["servers"][-1]
print(cfg)
matrix = [[1, 2, 3], [4, 5, 6]]
del matrix[1][0]
del matrix[0][-1]
print(matrix)
