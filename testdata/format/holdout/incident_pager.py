SEVERITY_ORDER = ['sev1','sev2','sev3','sev4']

ESCALATION = {
    'sev1': {'notify': ['primary','secondary','manager'], 'ack_minutes': 5},
    'sev2': {'notify': ['primary','secondary'], 'ack_minutes': 15},
    'sev3': {'notify': ['primary'], 'ack_minutes': 60},
    'sev4': {'notify': [], 'ack_minutes': None},
}

def severity_for(alert):
    if alert['service'] in CRITICAL_SERVICES and alert['status']=='firing':
        return 'sev1' if alert.get('customer_impact') else 'sev2'
    if alert.get('error_rate',0) > 0.05: return 'sev2'
    if alert.get('error_rate',0) > 0.01: return 'sev3'
    return 'sev4'

def open_incident(alert):
    sev = severity_for(alert)
    existing = find_open_incident(service=alert['service'])
    if existing:
        # merge into the existing incident, maybe raise severity
        if SEVERITY_ORDER.index(sev) < SEVERITY_ORDER.index(existing['severity']):
            update_incident(existing['id'], severity=sev)
        add_timeline_entry(existing['id'], 'alert: '+alert['title'])
        return existing['id']
    incident = create_incident(title=alert['title'], service=alert['service'], severity=sev, source_alert=alert['id'])
    policy = ESCALATION[sev]
    for role in policy['notify']:
        person = oncall_for(alert['service'], role=role)
        if person: page(person, f"[{sev.upper()}] {alert['title']} ({alert['service']})", incident_id=incident['id'], ack_within=policy['ack_minutes'])
    post_to_channel('#incidents', f":rotating_light: {sev} opened for {alert['service']}: {alert['title']}")
    return incident['id']

CRITICAL_SERVICES = {'checkout','auth','payments'}
open_incident(alert)
