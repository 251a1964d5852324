import asyncio

type ToolResult = dict[str, object]
type Tool[**P] = Callable[P, Awaitable[ToolResult]]


async def run_tools[T](calls: list[T], dispatch: Callable[[T], Awaitable[ToolResult]]) -> list[ToolResult]:
    return await asyncio.gather(*(dispatch(c) for c in calls))


async def dispatch(call):
    match call:
        case {"name": "search", "args": {"q": q}}:
            return {"search": await search_docs(q)}
        case {"name": "order", "args": {"id": oid}}:
            return {"order": await fetch_order(oid)}
        case _:
            return {"error": f"unknown tool {call.get("name", "?")!r}"}


results = await run_tools(tool_calls, dispatch)
summary = f"{len(results)} tool results: {", ".join(next(iter(r)) for r in results)}"
summary
