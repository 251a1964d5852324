WEIGHTS={
 'title':{'cto':25,'vp engineering':20,'head of':15,'director':15,'manager':8,'engineer':4},
 'company_size':[(1000,20),(200,15),(50,10),(10,5)],
 'events':{'pricing_page_view':10,'demo_request':30,'docs_visit':3,'webinar_attended':12,'trial_started':25},
}
def title_score(title):
    t=(title or '').lower()
    best=0
    for k,v in WEIGHTS['title'].items():
        if k in t and v>best:best=v
    return best
def size_score(n):
    for threshold,pts in WEIGHTS['company_size']:
        if n>=threshold:return pts
    return 0
def activity_score(events):
    s=0
    for e in events:s+=WEIGHTS['events'].get(e['type'],0)
    return min(s,50)
def score_lead(lead):
    enrichment=enrich_company(lead['email'].split('@')[-1])
    events=get_events(lead['id'],days=30)
    total=title_score(lead.get('title'))+size_score(enrichment.get('employees',0))+activity_score(events)
    grade='A' if total>=70 else 'B' if total>=45 else 'C' if total>=20 else 'D'
    update_crm(lead['id'],{'lead_score':total,'lead_grade':grade})
    if grade=='A':assign_to_sales_rep(lead['id'],region=enrichment.get('region','NA'))
    return {'lead':lead['id'],'score':total,'grade':grade}
[score_lead(l) for l in new_leads()]
