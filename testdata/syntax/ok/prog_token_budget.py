def estimate_tokens(text):
    words = len(text.split())
    return int(words * 1.33) + text.count("\n")


budget = model_limits[model]["context"] - reserve_for_answer
docs = sorted(retrieved_docs, key=lambda d: d["score"], reverse=True)

included, used = [], estimate_tokens(system_prompt) + estimate_tokens(question)
for d in docs:
    cost = estimate_tokens(d["text"])
    if used + cost > budget:
        if not included:
            d = {**d, "text": d["text"][: budget * 3]}
            included.append(d)
        break
    included.append(d)
    used += cost

{"included": [d["id"] for d in included], "tokens": used, "budget": budget}
