def build_url(base, path, params):
    query = "&".join(f"{k}={v}" for k, v in sorted(params.items()) if v is not None)
    url = base.rstrip("/") + "/" + path.lstrip("/")
    return f"{url}?{query}" if query else url

[build_url("https://api.example/", "/v1/items", {"page": 2, "q": "x", "skip": None}),
 build_url("https://api.example", "health", {})]
