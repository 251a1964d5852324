# Assemble a prompt for the host's `complete` function from retrieved docs.
question = "How do refunds work?"
docs = search_docs(question, limit=3)
context = "\n\n".join(f"[{i + 1}] {d['title']}\n{d['text'][:200]}" for i, d in enumerate(docs))
prompt = f"Answer using the sources below.\n\n{context}\n\nQuestion: {question}\nAnswer:"
answer = complete(prompt, max_tokens=300)
{"answer": answer, "sources": [d["id"] for d in docs]}
