print(["a", 'b"c', "d'e"], ("x",), {"k": "v"}, {1.0: None})
print([1.0, 2.50, -0.0, 1e100])
print("str", 1, None, True, [None, True])
"done"
