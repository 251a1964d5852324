SYSTEM = "You are a careful assistant for an insurance company. Cite policy sections."

history = load_conversation(conversation_id)[-10:]
policy = await fetch_policy(policy_number)

sections = "\n".join(f"§{s['number']} {s['title']}: {s['text']}" for s in policy["sections"])
messages = [{"role": "system", "content": SYSTEM + "\n\n" + sections}]
messages += [{"role": m["role"], "content": m["text"]} for m in history]
messages.append({"role": "user", "content": user_message})

token_estimate = sum(len(m["content"]) // 4 for m in messages)
while token_estimate > 6000 and len(messages) > 2:
    dropped = messages.pop(1)
    token_estimate -= len(dropped["content"]) // 4

reply = await chat_completion(messages=messages, temperature=0.2)
reply["content"]
