import json

PLANNER = "Break the user's goal into at most 6 steps. Each step uses one tool from: search, read_file, write_file, run_tests, ask_user. Reply as a JSON list of {tool, input, why}."
MAX_REPLANS = 2

def execute(step):
    tool, arg = step['tool'], step['input']
    if tool == 'search': return code_search(arg, limit=10)
    if tool == 'read_file': return read_repo_file(arg)[:8000]
    if tool == 'write_file':
        path, content = arg['path'], arg['content']
        return write_repo_file(path, content)
    if tool == 'run_tests': return run_tests(arg or 'all')
    if tool == 'ask_user': return ask_user(arg)
    raise ValueError('unknown tool ' + tool)

def plan(goal, history):
    msg = f"Goal: {goal}\nHistory so far:\n{json.dumps(history, default=str)[:6000]}"
    return json.loads(chat_complete(system=PLANNER, user=msg, response_format='json'))

def run(goal):
    history = []
    for attempt in range(MAX_REPLANS + 1):
        steps = plan(goal, history)
        for step in steps:
            try:
                out = execute(step)
                history.append({'step': step, 'ok': True, 'output': out})
            except Exception as e:
                history.append({'step': step, 'ok': False, 'error': str(e)})
                break
        else:
            return {'done': True, 'history': history}
    return {'done': False, 'history': history}

run(goal)
