import math

# Reorder point calculation
#   ROP = lead_time_demand + safety_stock

SERVICE_LEVEL_Z = {0.90: 1.28, 0.95: 1.65, 0.99: 2.33}

def mean(xs):
    return sum(xs) / len(xs) if xs else 0.0

def stdev(xs):
    if len(xs) < 2:
        return 0.0
    m = mean(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))

def reorder_point(daily_sales, lead_time_days, service_level = 0.95):
    z = SERVICE_LEVEL_Z.get(service_level, 1.65)
    demand = mean(daily_sales) * lead_time_days
    safety = z * stdev(daily_sales) * math.sqrt(lead_time_days)
    return math.ceil(demand + safety)

def economic_order_quantity(annual_demand, order_cost, holding_cost_per_unit):
    if holding_cost_per_unit <= 0: return annual_demand
    return math.ceil(math.sqrt((2 * annual_demand * order_cost) / holding_cost_per_unit))

results = []
for sku in list_skus(warehouse_id):
    sales = get_daily_sales(sku, days = 90)
    on_hand = get_stock_level(sku, warehouse_id)
    supplier = get_supplier(sku)
    rop = reorder_point(sales, supplier['lead_time_days'], service_level = 0.99 if sku.startswith('A-') else 0.95)
    if on_hand <= rop:
        qty = economic_order_quantity(mean(sales) * 365, supplier['order_cost'], supplier['holding_cost'])
        po = create_purchase_order(supplier['id'], sku, qty, note = f'auto reorder: on hand {on_hand} <= ROP {rop}')
        results.append({'sku': sku, 'qty': qty, 'po': po})

results
