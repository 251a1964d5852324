result = undefined_tool(print("args evaluated first"))
