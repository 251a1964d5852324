import asyncio
import json

MAX_STEPS = 8

SYSTEM_PROMPT = "You are a research assistant. Use the tools to answer the question. Reply with a final answer when you are confident."

TOOLS = [
    {"name": "web_search", "description": "Search the web", "parameters": {"query": "string"}},
    {"name": "fetch_page", "description": "Fetch a web page as text", "parameters": {"url": "string"}},
    {"name": "calculator", "description": "Evaluate arithmetic", "parameters": {"expression": "string"}},
]


async def run_tool(name, args):
    if name == "web_search":
        return await web_search(args["query"], max_results=5)
    elif name == "fetch_page":
        text = await fetch_page(args["url"])
        return text[:4000]
    elif name == "calculator":
        return str(safe_eval(args["expression"]))
    else:
        return f"unknown tool {name}"


async def research(question):
    messages = [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": question}]
    for step in range(MAX_STEPS):
        reply = await chat(messages=messages, tools=TOOLS)
        if not reply.get("tool_calls"):
            return {"answer": reply["content"], "steps": step + 1}
        messages.append({"role": "assistant", "content": reply.get("content") or "", "tool_calls": reply["tool_calls"]})
        outputs = await asyncio.gather(*[run_tool(c["name"], json.loads(c["arguments"])) for c in reply["tool_calls"]])
        for call, output in zip(reply["tool_calls"], outputs):
            messages.append({"role": "tool", "tool_call_id": call["id"], "content": output if isinstance(output, str) else json.dumps(output)})
    return {"answer": None, "steps": MAX_STEPS, "error": "step limit reached"}


await research(question)
