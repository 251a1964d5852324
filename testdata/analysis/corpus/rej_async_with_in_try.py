async def upload(client, data):
    try:
        async with client.session() as s:
            await s.put(data)
    except RuntimeError:
        return False
    return True

"ok"
