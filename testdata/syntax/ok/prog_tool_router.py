def run_tool(call):
    name = call["name"]
    args = call.get("arguments", {})
    handlers = {
        "get_weather": lambda a: get_weather(a["city"], units=a.get("units", "metric")),
        "lookup_user": lambda a: lookup_user(a["email"]),
        "create_ticket": lambda a: create_ticket(title=a["title"], body=a.get("body", "")),
    }
    handler = handlers.get(name)
    if handler is None:
        return {"tool": name, "error": "unknown tool"}
    try:
        return {"tool": name, "result": handler(args)}
    except KeyError as missing:
        return {"tool": name, "error": f"missing argument {missing}"}


results = [run_tool(c) for c in tool_calls]
results
