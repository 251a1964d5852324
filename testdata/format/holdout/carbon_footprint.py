# kg CO2e per unit
FACTORS = {
    'flight_km_short': 0.158, 'flight_km_long': 0.150, 'train_km': 0.035, 'car_km': 0.171,
    'hotel_night': 14.0, 'electricity_kwh': 0.233, 'natural_gas_kwh': 0.183,
}

def flight_factor(km): return FACTORS['flight_km_short'] if km < 3700 else FACTORS['flight_km_long']

def trip_emissions(trip):
    total = 0.0
    for leg in trip['legs']:
        if leg['mode'] == 'flight':
            f = flight_factor(leg['km']) * (2.0 if leg.get('cabin') == 'business' else 1.0)
            total += leg['km'] * f
        elif leg['mode'] in ('train', 'car'):
            total += leg['km'] * FACTORS[leg['mode'] + '_km'] / max(1, leg.get('passengers', 1))
    total += trip.get('hotel_nights', 0) * FACTORS['hotel_night']
    return total

office = office_energy(month = report_month)
trips = business_trips(month = report_month)
report = {
    'office_kg': round(office['electricity_kwh'] * FACTORS['electricity_kwh'] + office['gas_kwh'] * FACTORS['natural_gas_kwh'], 1),
    'travel_kg': round(sum(trip_emissions(t) for t in trips), 1),
    'trips': len(trips),
}
report['total_t'] = round((report['office_kg'] + report['travel_kg']) / 1000, 2)
report
