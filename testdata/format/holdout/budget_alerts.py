# Cloud cost guardrails
BUDGETS={'team-search':12000,'team-payments':8000,'team-ml':40000,'team-web':5000}
FORECAST_DAYS=30

def forecast_month(daily_costs,day_of_month,days_in_month):
    if not daily_costs:return 0.0
    recent=daily_costs[-7:]
    run_rate=sum(recent)/len(recent)
    spent=sum(daily_costs[:day_of_month])
    return spent+run_rate*(days_in_month-day_of_month)

alerts=[]
today=today_info()
for team,budget in BUDGETS.items():
    costs=daily_costs_for_tag('team',team,month=today['month'])
    projected=forecast_month(costs,today['day'],today['days_in_month'])
    spent=sum(costs)
    pct_spent=spent/budget*100;pct_projected=projected/budget*100
    if pct_projected>=120 or pct_spent>=100:level='critical'
    elif pct_projected>=100:level='warning'
    elif pct_spent>=80:level='notice'
    else:continue
    alerts.append({'team':team,'level':level,'spent':round(spent,2),'projected':round(projected,2),'budget':budget})
    send_slack(channel='#'+team,text=f"{level.upper()}: {team} has spent ${spent:,.0f} of ${budget:,.0f} ({pct_spent:.0f}%), projected ${projected:,.0f} ({pct_projected:.0f}%) this month")
alerts
