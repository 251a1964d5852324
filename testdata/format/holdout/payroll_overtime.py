from datetime import date

def daily_hours(punches):
	# punches: list of (in, out) datetimes
	total = 0.0
	for start, end in punches:
		total += (end - start).total_seconds() / 3600
	return total

def overtime(week, state='CA'):
	regular = ot = dt = 0.0
	consecutive = 0
	for day in sorted(week):
		h = daily_hours(week[day])
		consecutive = consecutive + 1 if h > 0 else 0
		if state == 'CA':
			if consecutive == 7:
				ot += min(h, 8); dt += max(0, h - 8)
				continue
			regular += min(h, 8)
			ot += max(0, min(h, 12) - 8)
			dt += max(0, h - 12)
		else:
			regular += h
	if regular > 40:
		ot += regular - 40
		regular = 40
	return {'regular': round(regular, 2), 'overtime': round(ot, 2), 'double_time': round(dt, 2)}

results = {}
for emp in employees_on_payroll(period_id):
	hours = overtime(timesheet_by_day(emp['id'], period_id), state=emp['work_state'])
	rate = emp['hourly_rate']
	hours['gross'] = round(rate * (hours['regular'] + 1.5 * hours['overtime'] + 2 * hours['double_time']), 2)
	results[emp['id']] = hours
save_payroll_run(period_id, results)
results
