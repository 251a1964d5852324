async def answer(question):
    hits = await search_docs(question, limit=5)
    if not hits:
        return "I could not find anything relevant."
    best = sorted(hits, key=lambda h: h["score"], reverse=True)[:3]
    context = "\n\n".join(f"[{i + 1}] {h['title']}: {h['snippet']}" for i, h in enumerate(best))
    reply = await call_llm(
        system="Answer using only the numbered sources.",
        prompt=f"Sources:\n{context}\n\nQuestion: {question}",
    )
    return reply.strip()


await answer(user_question)
