import asyncio

LANGS = ["de", "fr", "es", "ja"]


async def translate_all(strings):
    async def one(lang, key, text):
        try:
            return lang, key, await translate(text, target=lang)
        except RateLimited:
            await asyncio.sleep(1)
            return lang, key, await translate(text, target=lang)

    tasks = [one(lang, k, v) for lang in LANGS for k, v in strings.items() if v.strip()]
    out = {lang: {} for lang in LANGS}
    for lang, key, text in await asyncio.gather(*tasks):
        out[lang][key] = text
    return out


catalog = await translate_all(load_strings("en"))
{lang: len(entries) for lang, entries in catalog.items()}
