import asyncio

async def cleanup(sessions):
    for sid in list(sessions):
        if sessions[sid] == "expired":
            del sessions[sid]
    return sessions

asyncio.run(cleanup({"a": "expired", "b": "live"}))
