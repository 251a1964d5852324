import asyncio
import re

BANNED_PATTERNS = [re.compile(p, re.I) for p in [r'\bfree\s+money\b', r'\bclick\s+here\b', r'(?:https?://)?bit\.ly/\S+', r'\b(?:viagra|casino)\b']]
AUTO_REMOVE_SCORE = 0.92
HUMAN_REVIEW_SCORE = 0.6

async def moderate(post):
    if any(p.search(post['text']) for p in BANNED_PATTERNS):
        return {'id': post['id'], 'action': 'remove', 'reason': 'pattern'}
    toxicity, spam = await asyncio.gather(toxicity_score(post['text']), spam_score(post['text'], author_id=post['author_id']))
    worst = max(toxicity, spam)
    if worst >= AUTO_REMOVE_SCORE:
        action = 'remove'
    elif worst >= HUMAN_REVIEW_SCORE:
        action = 'review'
    else:
        action = 'approve'
    return {'id': post['id'], 'action': action, 'reason': 'toxicity' if toxicity >= spam else 'spam', 'score': round(worst, 3)}

async def run():
    posts = pending_posts(limit=200)
    decisions = await asyncio.gather(*[moderate(p) for p in posts])
    for d in decisions:
        if d['action'] == 'remove': remove_post(d['id'], reason=d['reason'])
        elif d['action'] == 'review': add_to_review_queue(d['id'], priority='high' if d.get('score', 0) > 0.8 else 'normal')
        else: approve_post(d['id'])
    return {a: sum(1 for d in decisions if d['action'] == a) for a in ('remove', 'review', 'approve')}

await run()
