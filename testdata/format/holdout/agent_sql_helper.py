import json, re

SCHEMA_HINT = '''Tables:
  orders(id, customer_id, total_cents, status, created_at)
  customers(id, email, country, created_at)
  order_items(order_id, sku, qty, price_cents)
'''

FORBIDDEN = re.compile(r'\b(insert|update|delete|drop|alter|truncate|grant|create)\b', re.I)

def generate_sql(question):
    prompt = f"""Write one read-only PostgreSQL query answering the question.
{SCHEMA_HINT}
Question: {question}
Return only SQL, no explanation."""
    sql = llm_complete(prompt, max_tokens = 300, temperature = 0).strip().strip('`')
    if sql.lower().startswith('sql'): sql = sql[3:].strip()
    return sql

def safe(sql):
    if FORBIDDEN.search(sql): return False
    if ';' in sql.rstrip(';'): return False   # more than one statement
    return sql.lower().lstrip().startswith(('select', 'with'))

def ask(question):
    sql = generate_sql(question)
    if not safe(sql):
        return {'error': 'generated query was rejected', 'sql': sql}
    if 'limit' not in sql.lower(): sql = sql.rstrip(';') + ' LIMIT 200'
    try:
        rows = run_readonly_query(sql, timeout_seconds = 10)
    except Exception as e:
        return {'error': str(e), 'sql': sql}
    explanation = llm_complete('In one sentence, what does this result show?\n' + json.dumps(rows[:20], default = str) + '\nQuestion: ' + question, max_tokens = 80)
    return {'sql': sql, 'rows': rows, 'explanation': explanation}

ask(question)
