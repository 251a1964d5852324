import asyncio

SERVICES = {
    'api':      {'url': 'https://api.internal/health',      'timeout': 2.0, 'critical': True},
    'search':   {'url': 'https://search.internal/health',   'timeout': 3.0, 'critical': False},
    'payments': {'url': 'https://payments.internal/health', 'timeout': 2.0, 'critical': True},
    'email':    {'url': 'https://email.internal/health',    'timeout': 5.0, 'critical': False},
}

async def probe(name, cfg):
    try:
        res = await http_get_async(cfg['url'], timeout = cfg['timeout'])
        ok = res['status'] == 200 and res.get('json', {}).get('status') in ('ok', 'pass')
        return name, ok, res.get('elapsed_ms')
    except Exception as e:
        return name, False, None

async def main():
    results = await asyncio.gather(*[probe(n, c) for n, c in SERVICES.items()])
    down = [n for n, ok, _ in results if not ok]
    critical_down = [n for n in down if SERVICES[n]['critical']]
    status = 'major_outage' if critical_down else 'degraded' if down else 'operational'
    update_status_page(status, components = {n: ('up' if ok else 'down') for n, ok, _ in results})
    if critical_down:
        page_oncall('platform', 'Critical services down: ' + ', '.join(critical_down))
    return {'status': status, 'latency_ms': {n: ms for n, _, ms in results if ms is not None}}

await main()
