# Shipping rate table: kept hand-aligned on purpose.
# fmt: off
RATE_TABLE = [
    # max_kg   zone1   zone2   zone3   zone4
    (0.5,      4.50,   5.25,   6.10,   7.80),
    (1.0,      5.10,   6.00,   7.20,   9.40),
    (2.0,      6.30,   7.60,   9.10,  12.20),
    (5.0,      9.80,  11.90,  14.70,  19.90),
    (10.0,    14.20,  17.80,  22.40,  30.10),
]
# fmt: on

def rate(weight_kg,zone):
    for row in RATE_TABLE:
        if weight_kg<=row[0]:
            return row[zone]
    # heavier than the table: extrapolate from the last row
    last=RATE_TABLE[-1]
    return round(last[zone]*weight_kg/last[0],2)

def quote(parcel):
    zone=zone_for(parcel['from_zip'],parcel['to_zip'])
    base=rate(parcel['weight_kg'],zone)
    surcharge=2.5 if parcel.get('signature') else 0
    return {'zone':zone,'price':round(base+surcharge,2)}

quote(parcel)
