import asyncio
import re

PLACEHOLDER = re.compile(r"\{[a-zA-Z_][a-zA-Z0-9_]*\}")
TARGET_LOCALES = ["de", "fr", "es", "ja", "pt-BR"]


def protect(text):
    """Swap {placeholders} for tokens the model will not translate."""
    found = PLACEHOLDER.findall(text)
    for i, ph in enumerate(found):
        text = text.replace(ph, f"__PH{i}__", 1)
    return text, found


def restore(text, found):
    for i, ph in enumerate(found):
        text = text.replace(f"__PH{i}__", ph)
    return text


async def translate_string(key, source, locale):
    protected, found = protect(source)
    out = await machine_translate(protected, source_lang="en", target_lang=locale, glossary="product-terms")
    out = restore(out, found)
    if sorted(PLACEHOLDER.findall(out)) != sorted(found):
        return key, locale, None
    return key, locale, out


async def main():
    missing = missing_translations(project="web-app", locales=TARGET_LOCALES)
    jobs = [translate_string(m["key"], m["source"], m["locale"]) for m in missing]
    results = await asyncio.gather(*jobs)
    ok = [(k, l, t) for k, l, t in results if t is not None]
    failed = [(k, l) for k, l, t in results if t is None]
    if ok:
        save_translations("web-app", [{"key": k, "locale": l, "text": t, "status": "needs_review"} for k, l, t in ok])
    return {"translated": len(ok), "failed": failed}


await main()
