import re

def audit_page(url, html):
    issues = []
    title = re.search(r'<title>(.*?)</title>', html, re.S | re.I)
    if not title: issues.append(('error', 'missing <title>'))
    elif not 10 <= len(title.group(1).strip()) <= 60: issues.append(('warn', f'title length {len(title.group(1).strip())} outside 10-60'))
    desc = re.search(r'<meta\s+name=["\']description["\']\s+content=["\'](.*?)["\']', html, re.I)
    if not desc: issues.append(('warn', 'missing meta description'))
    elif len(desc.group(1)) > 160: issues.append(('warn', 'meta description longer than 160 characters'))
    h1s = re.findall(r'<h1[^>]*>', html, re.I)
    if len(h1s) != 1: issues.append(('warn', f'{len(h1s)} <h1> elements (want 1)'))
    imgs_without_alt = len(re.findall(r'<img(?![^>]*\balt=)[^>]*>', html, re.I))
    if imgs_without_alt: issues.append(('info', f'{imgs_without_alt} images without alt text'))
    if 'noindex' in html.lower() and not url.startswith(('https://staging.', 'https://dev.')):
        issues.append(('error', 'page is marked noindex'))
    return issues

report = {}
for url in sitemap_urls('https://www.example.com/sitemap.xml')[:200]:
    page = http_get(url, timeout = 15)
    if page['status'] != 200:
        report[url] = [('error', 'HTTP %d' % page['status'])]; continue
    found = audit_page(url, page['body'])
    if found: report[url] = found
{'pages_with_issues': len(report), 'errors': sum(1 for v in report.values() for s, _ in v if s == 'error'), 'details': report}
