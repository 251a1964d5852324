async def session():
    async with client:
        pass
    async with client.connect() as conn, lock:
        await conn.send(b"hi")
    async with (
        a() as x,
        b() as y,
    ):
        return x, y
