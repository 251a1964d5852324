MAX_STEPS = 8

goal = user_goal
scratchpad = []
final = None

for step in range(MAX_STEPS):
    plan = await think(goal=goal, notes=scratchpad)
    action = plan.get("action")
    if action == "finish":
        final = plan["answer"]
        break
    elif action == "search":
        observation = await search_web(plan["query"])
    elif action == "read":
        observation = (await read_url(plan["url"]))[:4000]
    elif action == "compute":
        observation = run_calculator(plan["expression"])
    else:
        observation = f"unknown action {action!r}"
    scratchpad.append({"step": step, "action": action, "observation": observation})
else:
    final = await summarize(goal=goal, notes=scratchpad)

final
