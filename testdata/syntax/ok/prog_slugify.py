import re
import unicodedata


def slugify(title, max_len=60):
    text = unicodedata.normalize("NFKD", title)
    text = text.encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    text = re.sub(r"[-\s]+", "-", text)
    if len(text) > max_len:
        text = text[:max_len].rsplit("-", 1)[0]
    return text


existing = set(list_slugs())
slug = base = slugify(article_title)
n = 2
while slug in existing:
    slug = f"{base}-{n}"
    n += 1
slug
