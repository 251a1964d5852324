def weekly_kpis(week):
    orders = count_orders(week = week)
    revenue = sum_revenue(week = week)
    visitors = count_visitors(week = week)
    conversion = orders / visitors if visitors else 0
    aov = revenue / orders if orders else 0
    return {'orders': orders, 'revenue': revenue, 'visitors': visitors, \
            'conversion': conversion, 'aov': aov}

this_week = weekly_kpis(current_week())
last_week = weekly_kpis(current_week() - 1)

def change(key):
    old, new = last_week[key], this_week[key]
    if old == 0: return 'n/a'
    return '%+.1f%%' % ((new - old) / old * 100)

text = 'Weekly KPIs\n' + \
       f"Orders: {this_week['orders']} ({change('orders')})\n" + \
       f"Revenue: ${this_week['revenue']:,.0f} ({change('revenue')})\n" + \
       f"Conversion: {this_week['conversion']:.2%} ({change('conversion')})\n" + \
       f"AOV: ${this_week['aov']:.2f} ({change('aov')})"

if this_week['revenue'] < last_week['revenue'] * 0.8 \
        and this_week['visitors'] > last_week['visitors'] * 0.9:
    text += '\n:warning: Revenue dropped while traffic held up — check checkout.'

send_slack(channel = '#kpis', text = text)
text
