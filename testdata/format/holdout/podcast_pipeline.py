import asyncio

async def process_episode(ep):
    audio = await download_audio(ep['audio_url'])
    transcript = await transcribe(audio, language=ep.get('language', 'en'), diarize=True)
    summary, chapters, keywords = await asyncio.gather(
        llm_async("Summarize this podcast episode in 3 sentences:\n" + transcript['text'][:20000]),
        llm_async("Split this transcript into chapters. Return lines like 'MM:SS Title':\n" + transcript['timed_text'][:30000]),
        llm_async("Give 8 comma-separated SEO keywords for:\n" + transcript['text'][:8000]),
    )
    chapter_list = []
    for line in chapters.splitlines():
        if len(line) > 6 and line[2] == ':':
            chapter_list.append({'start': line[:5], 'title': line[6:].strip()})
    return {
        'episode_id': ep['id'],
        'summary': summary.strip(),
        'chapters': chapter_list,
        'keywords': [k.strip() for k in keywords.split(',') if k.strip()][:8],
        'duration_s': transcript['duration'],
    }

async def main():
    episodes = new_episodes(feed_url)
    results = await asyncio.gather(*[process_episode(e) for e in episodes])
    for r in results: publish_show_notes(r['episode_id'], r)
    return [r['episode_id'] for r in results]

await main()
