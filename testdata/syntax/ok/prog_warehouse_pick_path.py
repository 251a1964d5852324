def location_key(loc):
    aisle, bay, level = loc.split("-")
    aisle_n = int(aisle[1:])
    bay_n = int(bay)
    # serpentine walk: even aisles walked in reverse
    return (aisle_n, -bay_n if aisle_n % 2 == 0 else bay_n, level)


picks = get_pick_list(wave_id)
locations = get_locations([p["sku"] for p in picks])

route = sorted(picks, key=lambda p: location_key(locations[p["sku"]]))
steps = [f"{i:>3}. {locations[p['sku']]:<10} {p['sku']:<12} x{p['qty']}" for i, p in enumerate(route, 1)]
"\n".join(steps)
