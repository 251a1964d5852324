import heapq

feeds = {
    "blog": fetch_feed("blog"),
    "news": fetch_feed("news"),
    "changelog": fetch_feed("changelog"),
}

heap = []
for name, items in feeds.items():
    if items:
        heapq.heappush(heap, (-items[0]["ts"], name, 0))

merged = []
while heap and len(merged) < 25:
    neg_ts, name, idx = heapq.heappop(heap)
    item = feeds[name][idx]
    merged.append({"source": name, "title": item["title"], "ts": -neg_ts})
    if idx + 1 < len(feeds[name]):
        heapq.heappush(heap, (-feeds[name][idx + 1]["ts"], name, idx + 1))

merged
