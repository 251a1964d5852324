def score_listing(listing, prefs):
    """Higher is better; None means the listing is ruled out."""
    if listing['rent'] > prefs['max_rent']: return None
    if listing['bedrooms'] < prefs.get('min_bedrooms', 0): return None
    if prefs.get('pets') and not listing.get('pets_allowed'): return None
    score = 0.0
    score += (prefs['max_rent'] - listing['rent']) / prefs['max_rent'] * 30
    commute = commute_minutes(listing['address'], prefs['work_address'], mode = prefs.get('commute_mode', 'transit'))
    if commute is not None:
        if commute > prefs.get('max_commute', 60): return None
        score += max(0, 60 - commute) / 60 * 40
    score += 10 if listing.get('in_unit_laundry') else 0
    score += 5 * len(set(listing.get('amenities', [])) & set(prefs.get('amenities', [])))
    score += 5 if listing.get('available_from', '') <= prefs.get('move_in', '9999') else -10
    return round(score, 1)

matches = []
for l in search_listings(city = prefs['city'], max_rent = prefs['max_rent'], posted_within_days = 7):
    s = score_listing(l, prefs)
    if s is not None: matches.append((s, l))
matches.sort(key = lambda m: m[0], reverse = True)
top = [{'score': s, 'title': l['title'], 'rent': l['rent'], 'url': l['url']} for s, l in matches[:10]]
if top: send_email(prefs['email'], subject = f"{len(top)} new apartments for you", body = '\n'.join(f"{m['score']:>5}  ${m['rent']}  {m['title']}  {m['url']}" for m in top))
top
