# token bucket rate limiting for the public API
LIMITS = dict(free=(60, 60), pro=(600, 60), enterprise=(6000, 60))   # (requests, seconds)

def refill(bucket, now, capacity, window):
    elapsed = now - bucket['updated']
    rate = capacity/window
    bucket['tokens'] = min(capacity, bucket['tokens'] + elapsed*rate)
    bucket['updated'] = now
    return bucket

def check(api_key, cost=1):
    plan = lookup_plan(api_key)
    capacity, window = LIMITS.get(plan, LIMITS['free'])
    now = clock()
    bucket = cache_get('rl:'+api_key) or {'tokens':capacity, 'updated':now}
    bucket = refill(bucket, now, capacity, window)
    allowed = bucket['tokens'] >= cost
    if allowed: bucket['tokens'] -= cost
    cache_set('rl:'+api_key, bucket, ttl=window*2)
    headers = {'X-RateLimit-Limit':str(capacity), 'X-RateLimit-Remaining':str(int(bucket['tokens']))}
    if not allowed:
        retry = (cost-bucket['tokens'])/(capacity/window)
        headers['Retry-After'] = str(int(retry)+1)
    return {'allowed':allowed, 'headers':headers}

result=check(request['headers']['X-API-Key'], cost = 5 if request['path'].startswith('/v1/search') else 1)
result
