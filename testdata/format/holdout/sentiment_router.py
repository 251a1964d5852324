import asyncio

NEGATIVE_THRESHOLD = -0.4
ESCALATE_WORDS = ("lawyer","cancel my account","chargeback","never again")

async def analyze(review):
    sentiment, topics = await asyncio.gather(score_sentiment(review['text']), extract_topics(review['text'], max_topics = 3))
    return {**review, 'sentiment': sentiment, 'topics': topics}

def route(r):
    text = r['text'].lower()
    if any(w in text for w in ESCALATE_WORDS): return 'escalations'
    if r['sentiment'] <= NEGATIVE_THRESHOLD:
        return 'product-feedback' if 'feature' in r['topics'] else 'customer-care'
    if r['sentiment'] >= 0.6 and r.get('rating',0) >= 4: return 'testimonials'
    return None

async def main():
    reviews = fetch_new_reviews(since = last_run_time)
    analyzed = await asyncio.gather(*(analyze(r) for r in reviews))
    counts = {}
    for r in analyzed:
        queue = route(r)
        if queue is None: continue
        enqueue(queue, {'review_id': r['id'], 'sentiment': r['sentiment'], 'topics': r['topics'], 'excerpt': r['text'][:280]})
        counts[queue] = counts.get(queue, 0) + 1
    return counts

await main()
