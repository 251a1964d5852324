import math

def cosine(a, b):
    dot = sum(x*y for x, y in zip(a, b))
    na = math.sqrt(sum(x*x for x in a)); nb = math.sqrt(sum(y*y for y in b))
    return dot/(na*nb) if na and nb else 0.0

def retrieve(question, k=5, min_score=0.25):
    qvec = embed(question)
    candidates = vector_search(index='kb-articles', vector=qvec, top_k=k*4)
    reranked = sorted(({**c, 'score': cosine(qvec, c['vector'])} for c in candidates), key=lambda c: c['score'], reverse=True)
    seen_articles, picked = set(), []
    for c in reranked:
        if c['score'] < min_score: break
        if c['article_id'] in seen_articles: continue
        seen_articles.add(c['article_id'])
        picked.append(c)
        if len(picked) == k: break
    return picked

def answer(question):
    passages = retrieve(question)
    if not passages:
        return {'answer': "I couldn't find anything about that in the help center.", 'sources': []}
    context = '\n\n'.join(f"[{i+1}] {p['title']}\n{p['text']}" for i, p in enumerate(passages))
    prompt = ('Answer the question using only the numbered passages. Cite passages like [1]. '
              'If the passages do not contain the answer, say so.\n\n'
              f'Passages:\n{context}\n\nQuestion: {question}\nAnswer:')
    text = llm_complete(prompt, max_tokens=400, temperature=0.2)
    return {'answer': text.strip(), 'sources': [{'title': p['title'], 'url': p['url']} for p in passages]}

answer(user_question)
