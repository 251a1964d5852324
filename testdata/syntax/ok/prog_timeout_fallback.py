import asyncio

async def with_fallback(primary, fallback, seconds):
    try:
        return await asyncio.wait_for(primary, timeout=seconds), "primary"
    except asyncio.TimeoutError:
        return await fallback, "fallback"
    except Exception as err:
        log_error(repr(err))
        return await fallback, "fallback-after-error"


value, source = await with_fallback(
    fetch_live_price(symbol),
    fetch_cached_price(symbol),
    seconds=1.5,
)
{"symbol": symbol, "price": value, "source": source}
