import json

raw = await complete(prompt, tools=["search", "calculator"])

calls = []
for block in raw.get("content", []):
    if block.get("type") != "tool_use":
        continue
    try:
        args = block["input"] if isinstance(block["input"], dict) else json.loads(block["input"])
    except json.JSONDecodeError:
        args = {}
    calls.append((block["name"], args))

outputs = []
for name, args in calls:
    if name == "search":
        outputs.append(await web_search(args.get("query", "")))
    elif name == "calculator":
        outputs.append(evaluate_expression(args["expression"]))

outputs[0] if len(outputs) == 1 else outputs
