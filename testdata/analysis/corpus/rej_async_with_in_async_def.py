import asyncio

async def read_all(conn):
    async with conn.transaction() as tx:
        return await tx.fetch("select 1")

async def main():
    return 0

asyncio.run(main())
