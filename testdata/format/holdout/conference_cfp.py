import statistics

CRITERIA = ['relevance','originality','clarity','speaker_experience']
WEIGHTS = {'relevance':0.35,'originality':0.3,'clarity':0.2,'speaker_experience':0.15}
TRACK_SLOTS = {'web':8,'data':6,'infra':6,'ml':8}

def weighted(review):
    return sum(review[c]*WEIGHTS[c] for c in CRITERIA)

def proposal_score(p):
    reviews = reviews_for(p['id'])
    if len(reviews)<2: return None
    scores = [weighted(r) for r in reviews]
    spread = statistics.pstdev(scores)
    return {'id':p['id'],'track':p['track'],'title':p['title'],'mean':round(statistics.mean(scores),2),'spread':round(spread,2),'controversial':spread>1.2}

scored = [s for s in (proposal_score(p) for p in proposals(conference_id)) if s]
accepted, waitlist = [], []
for track, slots in TRACK_SLOTS.items():
    ranked = sorted((s for s in scored if s['track']==track), key=lambda s:(-s['mean'], s['spread']))
    accepted += ranked[:slots]
    waitlist += ranked[slots:slots+3]
for s in accepted: set_status(s['id'],'accepted')
for s in waitlist: set_status(s['id'],'waitlisted')
{'accepted':len(accepted),'waitlisted':len(waitlist),'controversial':[s['title'] for s in scored if s['controversial']]}
