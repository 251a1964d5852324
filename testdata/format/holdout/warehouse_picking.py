# Build pick lists: group order lines by zone, then walk the aisles in a snake pattern.
def location_key(loc):
    zone, aisle, shelf, bin_ = loc.split('-')
    aisle = int(aisle)
    # snake: even aisles walk up, odd aisles walk down
    return (zone, aisle, int(shelf) if aisle % 2 == 0 else -int(shelf), bin_)

def build_pick_lists(orders, max_lines_per_list = 40):
    lines = []
    for o in orders:
        for l in o['lines']:
            loc = primary_location(l['sku'])
            if loc is None:
                flag_missing_location(l['sku']); continue
            lines.append({'order': o['id'], 'sku': l['sku'], 'qty': l['qty'], 'loc': loc, 'zone': loc.split('-')[0]})
    by_zone = {}
    for line in lines: by_zone.setdefault(line['zone'], []).append(line)
    pick_lists = []
    for zone, zl in sorted(by_zone.items()):
        zl.sort(key = lambda x: location_key(x['loc']))
        for i in range(0, len(zl), max_lines_per_list):
            pick_lists.append({'zone': zone, 'lines': zl[i:i + max_lines_per_list]})
    return pick_lists

lists = build_pick_lists(orders_ready_to_pick(warehouse = 'DAL1', cutoff = '14:00'))
for pl in lists: create_pick_task(pl['zone'], pl['lines'], priority = 'express' if any(is_express(l['order']) for l in pl['lines']) else 'standard')
len(lists)
