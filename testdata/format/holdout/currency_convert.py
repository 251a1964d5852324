# convert an order total into the customer's display currency
RATES_TTL = 3600
FALLBACK = {'USD':1.0,'EUR':0.92,'GBP':0.79,'JPY':151.2,'CAD':1.36}
DECIMALS = {'JPY':0,'KRW':0}

def get_rates():
    cached = cache_get('fx_rates')
    if cached: return cached
    try:
        rates = fetch_fx_rates(base='USD')
    except Exception as e:
        log_warning('fx fetch failed, using fallback: %s' % e)
        return FALLBACK
    cache_set('fx_rates', rates, ttl=RATES_TTL)
    return rates

def convert(amount, src, dst, rates=None):
    rates = rates or get_rates()
    if src == dst: return amount
    if src not in rates or dst not in rates: raise KeyError('unsupported currency pair %s/%s' % (src, dst))
    usd = amount / rates[src]
    return round(usd * rates[dst], DECIMALS.get(dst, 2))

def format_money(amount, currency):
    symbol = {'USD':'$','EUR':'€','GBP':'£','JPY':'¥'}.get(currency, currency+' ')
    if DECIMALS.get(currency, 2) == 0: return '%s%d' % (symbol, amount)
    return '%s%.2f' % (symbol, amount)

rates = get_rates()
display = customer.get('currency') or geo_currency(customer['country'])
converted = [convert(line['amount'], line['currency'], display, rates) for line in order['lines']]
{'currency': display, 'lines': [format_money(c, display) for c in converted], 'total': format_money(sum(converted), display)}
