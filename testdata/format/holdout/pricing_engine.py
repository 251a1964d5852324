import math
from typing import Optional

# competitor-aware dynamic pricing for the marketplace
FLOOR_MARGIN = 0.12
MAX_DAILY_CHANGE = 0.08

def clamp(x, lo, hi): return max(lo, min(hi, x))

def target_price(cost: float, competitor_prices: list[float], demand_index: float, current: float) -> float:
    floor = cost * (1 + FLOOR_MARGIN)
    if competitor_prices:
        competitive = sorted(competitor_prices)[len(competitor_prices)//2]   # median
    else:
        competitive = current
    # demand_index: 1.0 = normal, >1 = hot
    adjusted = competitive * (1 + 0.1 * math.tanh(demand_index - 1.0))
    lo, hi = current * (1 - MAX_DAILY_CHANGE), current * (1 + MAX_DAILY_CHANGE)
    return round(max(floor, clamp(adjusted, lo, hi)), 2)

def charm(price: float) -> float:
    """Round to .99 endings for prices above 10."""
    if price < 10: return price
    return math.floor(price) - 0.01 if price - math.floor(price) < 0.5 else math.floor(price) + 0.99

def reprice(listing: dict) -> Optional[dict]:
    comps = [p['price'] for p in competitor_offers(listing['gtin']) if p['seller_rating'] >= 4.0 and p['in_stock']]
    new = charm(target_price(listing['cost'], comps, demand_index(listing['sku']), listing['price']))
    if abs(new - listing['price']) < 0.01: return None
    update_listing_price(listing['id'], new, reason = 'dynamic pricing')
    return {'sku': listing['sku'], 'old': listing['price'], 'new': new, 'competitors': len(comps)}

changes = [c for c in (reprice(l) for l in active_listings(seller_id)) if c]
changes
