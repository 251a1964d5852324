def request(method, url, **options):
    timeout = options.pop("timeout", 10)
    headers = {"Accept": "json", **options.pop("headers", {})}
    return {"method": method, "url": url, "timeout": timeout, "headers": headers, "rest": options}

def get(url, **kw):
    return request("GET", url, **kw)

get("/x", timeout=3, headers={"X": "1"}, verify=False)
