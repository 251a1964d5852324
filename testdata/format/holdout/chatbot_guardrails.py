import re

BLOCKED_TOPICS = ['medical diagnosis', 'legal advice', 'investment advice']
PII_PATTERNS = {
    'credit_card': re.compile(r'\b(?:\d[ -]*?){13,16}\b'),
    'ssn': re.compile(r'\b\d{3}-\d{2}-\d{4}\b'),
    'email': re.compile(r'[\w.+-]+@[\w-]+\.[\w.]+'),
}

def redact_pii(text):
    for name, pat in PII_PATTERNS.items():
        text = pat.sub(f'[{name.upper()} REDACTED]', text)
    return text

def check_input(message):
    verdict = classify_text(message, labels = BLOCKED_TOPICS + ['prompt_injection', 'ok'])
    if verdict['label'] == 'prompt_injection' and verdict['confidence'] > 0.7:
        return False, "I can't help with that request."
    if verdict['label'] in BLOCKED_TOPICS and verdict['confidence'] > 0.6:
        return False, f"I'm not able to give {verdict['label']}. Please consult a qualified professional."
    return True, None

def respond(conversation, message):
    ok, refusal = check_input(message)
    if not ok:
        return refusal
    reply = chat(messages = conversation + [{'role': 'user', 'content': redact_pii(message)}], max_tokens = 600)
    reply = redact_pii(reply)
    if len(reply) > 4000: reply = reply[:4000] + '…'
    log_exchange(user_id, redact_pii(message), reply)
    return reply

respond(history, user_message)
