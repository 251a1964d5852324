from urllib.parse import urlparse, parse_qs, urlencode, urlunparse

TRACKING = {"utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "fbclid", "gclid"}


def clean_url(url):
    parts = urlparse(url)
    query = parse_qs(parts.query, keep_blank_values=True)
    kept = {k: v for k, v in sorted(query.items()) if k.lower() not in TRACKING}
    return urlunparse(parts._replace(query=urlencode(kept, doseq=True), fragment=""))


cleaned = [clean_url(u) for u in links]
changed = sum(a != b for a, b in zip(links, cleaned))
{"changed": changed, "urls": cleaned}
