async def tokens_from(stream):
    buffer = ""
    async for chunk in stream:
        buffer += chunk
        *complete, buffer = buffer.split(" ")
        for word in complete:
            if word:
                yield word
    if buffer:
        yield buffer


async def collect(prompt, stop_word="END"):
    words = []
    async with open_completion_stream(prompt) as stream:
        async for word in tokens_from(stream):
            if word == stop_word:
                break
            words.append(word)
    return " ".join(words)


await collect("Write a haiku about invoices.")
