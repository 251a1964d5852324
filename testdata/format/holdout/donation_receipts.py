from datetime import date
THRESHOLD_FOR_RECEIPT=250
def year_totals(donations):
    totals={}
    for d in donations:
        if d['status']!='succeeded':continue
        key=(d['donor_id'],d['date'].year)
        totals[key]=totals.get(key,0)+d['amount']
    return totals
def receipt_text(donor,year,total,items):
    lines=[f"Dear {donor['name']},","",f"Thank you for your generous support in {year}.",f"Total tax-deductible contributions: ${total:,.2f}",""]
    for d in items:lines.append(f"  {d['date']:%Y-%m-%d}  ${d['amount']:>10,.2f}  {d.get('campaign','General fund')}")
    lines+=["","No goods or services were provided in exchange for these contributions.","","With gratitude,","The Example Foundation (EIN 12-3456789)"]
    return "\n".join(lines)
year=date.today().year-1
donations=list_donations(year=year)
totals=year_totals(donations)
sent=0
for (donor_id,y),total in totals.items():
    if total<THRESHOLD_FOR_RECEIPT:continue
    donor=get_donor(donor_id)
    items=[d for d in donations if d['donor_id']==donor_id and d['status']=='succeeded']
    send_email(donor['email'],subject=f"Your {y} donation receipt",body=receipt_text(donor,y,total,items))
    sent+=1
sent
