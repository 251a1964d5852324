PREP_MINUTES = {'pizza': 14, 'burger': 9, 'salad': 5, 'pasta': 12, 'dessert': 4, 'drink': 1}
STATIONS = {'pizza': 'oven', 'burger': 'grill', 'salad': 'cold', 'pasta': 'stove', 'dessert': 'cold', 'drink': 'bar'}

def ticket_times(order):
    by_station = {}
    for item in order['items']:
        station = STATIONS.get(item['category'], 'stove')
        by_station.setdefault(station, []).append(item)
    times = {}
    for station, items in by_station.items():
        backlog = station_backlog_minutes(station)
        longest = max(PREP_MINUTES.get(i['category'], 10) for i in items)
        times[station] = backlog + longest + max(0, len(items) - 2) * 2
    return times

def promise(order):
    times = ticket_times(order)
    ready_in = max(times.values()) if times else 0
    if order['type'] == 'delivery': ready_in += courier_eta_minutes(order['address'])
    # fire stations so everything finishes together
    slowest = max(times.values()) if times else 0
    for station, t in times.items(): schedule_ticket(order['id'], station, start_in_minutes = slowest - t)
    return {'order': order['id'], 'ready_in_minutes': ready_in, 'stations': times}

promise(order)
