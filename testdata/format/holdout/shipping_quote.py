import asyncio

CARRIERS = ['ups', 'fedex', 'dhl', 'usps']

async def quote_all(package, destination):
	quotes = await asyncio.gather(*[get_quote(carrier, package['weight_kg'], package['dims_cm'], destination) for carrier in CARRIERS])
	valid = [q for q in quotes if q is not None and q.get('price') is not None]
	if not valid:
		raise ValueError('no carrier can ship to %s' % destination['country'])
	return sorted(valid, key=lambda q: (q['price'], q['days']))

def pick(quotes, prefer_fast=False):
	if prefer_fast:
		fastest = min(quotes, key = lambda q:q['days'])
		cheapest = quotes[0]
		# only pay up to 20% more for speed
		if fastest['price'] <= cheapest['price']*1.2: return fastest
		return cheapest
	return quotes[0]

def dimensional_weight(dims_cm):
	l,w,h = dims_cm
	return (l*w*h)/5000

async def main():
	pkg = {'weight_kg': max(parcel['weight_kg'], dimensional_weight(parcel['dims_cm'])), 'dims_cm': parcel['dims_cm']}
	quotes = await quote_all(pkg, address)
	choice = pick(quotes, prefer_fast = customer_prefs.get('fast_shipping', False))
	return {'carrier': choice['carrier'], 'price': choice['price'], 'eta_days': choice['days'], 'alternatives': len(quotes)-1}

await main()
