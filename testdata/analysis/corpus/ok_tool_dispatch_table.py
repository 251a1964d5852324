def add(a, b):
    return a + b

def mul(a, b):
    return a * b

def neg(a):
    return -a

TOOLS = {"add": add, "mul": mul, "neg": neg}

def dispatch(call):
    name, args = call["name"], call.get("args", [])
    if name not in TOOLS:
        return {"error": f"unknown tool {name!r}"}
    return {"result": TOOLS[name](*args)}

[dispatch(c) for c in [{"name": "add", "args": [2, 3]}, {"name": "neg", "args": [4]}, {"name": "pow"}]]
