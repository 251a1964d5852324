# Triage incoming support tickets using an LLM, then route them.
import json
import re

PRIORITY_KEYWORDS = {
    'urgent':   ['outage', 'down', 'cannot login', 'data loss', 'security'],
    'high':     ['error', 'failed', 'broken', 'refund'],
    'normal':   ['question', 'how do i', 'feature'],
}

TEAM_FOR_CATEGORY = {'billing':'finance-support','technical':'tier2','account':'tier1','other':'tier1'}

def keyword_priority(text):
    lowered = text.lower()
    for level, words in PRIORITY_KEYWORDS.items():
        if any(w in lowered for w in words):
            return level
    return 'low'

def classify(ticket):
    prompt = f"""Classify this support ticket into one of: billing, technical, account, other.
Answer with JSON: {{"category": ..., "summary": ...}}

Subject: {ticket['subject']}
Body: {ticket['body'][:2000]}"""
    raw = llm_complete(prompt, model='small', temperature=0)
    match = re.search(r'\{.*\}', raw, re.DOTALL)
    if match is None:
        return {'category':'other','summary':ticket['subject']}
    try:
        return json.loads(match.group(0))
    except json.JSONDecodeError:
        return {'category': 'other', 'summary': ticket['subject']}

def triage(ticket):
    result = classify(ticket)
    priority = keyword_priority(ticket['subject'] + ' ' + ticket['body'])
    if ticket.get('customer_plan') == 'enterprise' and priority in ('normal','low'): priority = 'high'
    team = TEAM_FOR_CATEGORY.get(result.get('category'), 'tier1')
    assign_ticket(ticket['id'], team=team, priority=priority, summary=result.get('summary', '')[:200])
    if priority == 'urgent':
        page_oncall(team, f"Urgent ticket {ticket['id']}: {result.get('summary','')}")
    return {'ticket': ticket['id'], 'team': team, 'priority': priority}

triage(ticket)
