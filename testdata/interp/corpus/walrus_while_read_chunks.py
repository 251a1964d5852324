data = list(range(10))
chunks = []
while chunk := data[:3]:
    chunks.append(chunk)
    data = data[3:]
chunks
