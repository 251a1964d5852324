def chunk(text, max_chars=1200, overlap=150):
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    chunks, current = [], ""
    for para in paragraphs:
        if len(current) + len(para) + 2 <= max_chars:
            current = f"{current}\n\n{para}" if current else para
            continue
        if current:
            chunks.append(current)
            current = current[-overlap:] + "\n\n" + para
        else:
            for i in range(0, len(para), max_chars - overlap):
                chunks.append(para[i:i + max_chars])
            current = ""
    if current:
        chunks.append(current)
    return chunks


pieces = chunk(await load_document(doc_url))
ids = [await store_chunk(doc_url, i, p) for i, p in enumerate(pieces)]
len(ids)
