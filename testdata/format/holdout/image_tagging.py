import asyncio

MIN_CONFIDENCE=0.55
MAX_TAGS=12
SYNONYMS={'puppy':'dog','kitten':'cat','automobile':'car','seashore':'beach'}

async def tag_image(asset):
    labels,objects,text=await asyncio.gather(detect_labels(asset['url']),detect_objects(asset['url']),detect_text(asset['url']))
    tags={}
    for l in labels+objects:
        if l['confidence']<MIN_CONFIDENCE:continue
        name=SYNONYMS.get(l['name'].lower(),l['name'].lower())
        tags[name]=max(tags.get(name,0),l['confidence'])
    ranked=sorted(tags.items(),key=lambda kv:-kv[1])[:MAX_TAGS]
    return {'asset':asset['id'],'tags':[t for t,_ in ranked],'has_text':bool(text.strip()),'nsfw':any(t in ('nudity','violence') for t,_ in ranked)}

async def main():
    assets=untagged_assets(library='marketing',limit=100)
    results=await asyncio.gather(*[tag_image(a) for a in assets])
    for r in results:
        if r['nsfw']:quarantine_asset(r['asset'])
        else:save_tags(r['asset'],r['tags'])
    return len(results)

await main()
