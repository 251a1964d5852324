import math

def haversine(a, b):
    lat1, lon1 = map(math.radians, a); lat2, lon2 = map(math.radians, b)
    d = math.sin((lat2-lat1)/2)**2 + math.cos(lat1)*math.cos(lat2)*math.sin((lon2-lon1)/2)**2
    return 2 * 6371 * math.asin(math.sqrt(d))

def nearest_neighbour(depot, stops):
    route, current, remaining = [], depot, list(stops)
    while remaining:
        nxt = min(remaining, key=lambda s: haversine(current, s['coords']))
        route.append(nxt); remaining.remove(nxt); current = nxt['coords']
    return route

def two_opt(route, depot):
    def length(r):
        pts = [depot] + [s['coords'] for s in r] + [depot]
        return sum(haversine(pts[i], pts[i+1]) for i in range(len(pts)-1))
    best, improved = route, True
    while improved:
        improved = False
        for i in range(len(best)-1):
            for j in range(i+2, len(best)+1):
                candidate = best[:i] + best[i:j][::-1] + best[j:]
                if length(candidate) < length(best) - 1e-9:
                    best, improved = candidate, True
    return best, length(best)

depot = depot_coords(driver['depot_id'])
stops = deliveries_for(driver['id'], date=today_iso())
route, km = two_opt(nearest_neighbour(depot, stops), depot)
assign_route(driver['id'], [s['id'] for s in route], distance_km=round(km, 1))
{'stops': len(route), 'km': round(km, 1)}
