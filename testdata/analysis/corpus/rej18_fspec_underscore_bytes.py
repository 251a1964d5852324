sizes = [1024, 1048576, 1073741824]
for s in sizes:
    print(f"{s:_} bytes")
