import asyncio

EXPECTED = {
    'example.com':      {'A': ['93.184.216.34'], 'MX': ['10 mail.example.com.']},
    'api.example.com':  {'CNAME': ['lb-123.eu-west-1.elb.amazonaws.com.']},
    'www.example.com':  {'CNAME': ['example.com.']},
}

async def check(name, expected):
    problems = []
    for rtype, want in expected.items():
        try:
            got = await resolve_dns(name, rtype)
        except Exception as e:
            problems.append(f'{name} {rtype}: lookup failed ({e})'); continue
        if sorted(got) != sorted(want):
            problems.append(f'{name} {rtype}: expected {want}, got {got}')
    cert = await tls_certificate(name) if 'A' in expected or 'CNAME' in expected else None
    if cert and cert['days_left'] < 14:
        problems.append(f"{name}: TLS certificate expires in {cert['days_left']} days")
    return problems

async def main():
    results = await asyncio.gather(*(check(n, e) for n, e in EXPECTED.items()))
    problems = [p for r in results for p in r]
    if problems: send_alert('dns-monitor', '\n'.join(problems))
    return problems

await main()
