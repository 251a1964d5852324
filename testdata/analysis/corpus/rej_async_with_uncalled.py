async def locked(lock, fn):
    async with lock:
        return fn()

"defined"
