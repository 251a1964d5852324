MAX_CHARS = 12000

def format_message(m):
    author = m.get("author", {}).get("display_name") or "unknown"
    return f"{author} ({m['timestamp']}): {m['text']}"

def chunk(messages, max_chars=MAX_CHARS):
    chunks, current, size = [], [], 0
    for m in messages:
        line = format_message(m)
        if size + len(line) > max_chars and current:
            chunks.append("\n".join(current))
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    if current: chunks.append("\n".join(current))
    return chunks

def summarize_thread(channel_id, thread_ts):
    messages = get_thread_messages(channel_id, thread_ts)
    if len(messages) < 3:
        return None
    partials = []
    for c in chunk(messages):
        partials.append(llm_complete("Summarize this part of a Slack thread in 3 bullet points. Keep names and decisions.\n\n" + c, max_tokens=300))
    if len(partials) == 1:
        summary = partials[0]
    else:
        summary = llm_complete("Combine these partial summaries into one summary of at most 5 bullet points, then list action items with owners:\n\n" + "\n\n".join(partials), max_tokens=500)
    post_message(channel_id, text=":memo: *Thread summary*\n" + summary, thread_ts=thread_ts)
    return summary

summarize_thread(event["channel"], event["thread_ts"])
