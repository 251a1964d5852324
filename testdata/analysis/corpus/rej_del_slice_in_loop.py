queue = list(range(10))
batches = []
while queue:
    batches.append(queue[:3])
    del queue[:3]
batches
