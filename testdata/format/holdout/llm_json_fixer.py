import json
import re

def extract_json(text):
    """Pull the first JSON object or array out of a model reply."""
    fenced = re.search(r'```(?:json)?\s*(.*?)```', text, re.S)
    if fenced: text = fenced.group(1)
    start = min([i for i in (text.find('{'), text.find('[')) if i >= 0], default=-1)
    if start < 0: raise ValueError('no JSON found')
    depth = 0; in_str = False; esc = False
    for i, ch in enumerate(text[start:], start):
        if in_str:
            if esc: esc = False
            elif ch == '\\': esc = True
            elif ch == '"': in_str = False
            continue
        if ch == '"': in_str = True
        elif ch in '{[': depth += 1
        elif ch in '}]':
            depth -= 1
            if depth == 0: return text[start:i+1]
    raise ValueError('unbalanced JSON')

def parse_with_retry(prompt, schema_keys, attempts=3):
    last_error = None
    for n in range(attempts):
        reply = llm_complete(prompt if n == 0 else prompt + f"\n\nYour previous reply was invalid ({last_error}). Reply with valid JSON only.", temperature=0)
        try:
            data = json.loads(extract_json(reply))
        except (ValueError, json.JSONDecodeError) as e:
            last_error = str(e); continue
        missing = [k for k in schema_keys if k not in data]
        if not missing: return data
        last_error = 'missing keys: ' + ', '.join(missing)
    raise RuntimeError(f'model failed to produce valid JSON after {attempts} attempts: {last_error}')

parse_with_retry(task_prompt, ['title', 'priority', 'labels'])
