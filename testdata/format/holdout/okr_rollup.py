def kr_progress(kr):
    start, target, current = kr['start'], kr['target'], kr['current']
    if target == start: return 1.0 if current >= target else 0.0
    p = (current - start) / (target - start)
    return max(0.0, min(1.0, p))

def objective_progress(obj):
    krs = obj['key_results']
    if not krs: return 0.0
    weights = [kr.get('weight', 1) for kr in krs]
    return sum(kr_progress(kr) * w for kr, w in zip(krs, weights)) / sum(weights)

def status(progress, elapsed):
    # compare progress with the fraction of the quarter that has passed
    if progress >= elapsed - 0.1: return 'on_track'
    if progress >= elapsed - 0.25: return 'at_risk'
    return 'off_track'

elapsed = quarter_elapsed_fraction()
teams = {}
for obj in list_objectives(quarter = current_quarter()):
    p = objective_progress(obj)
    teams.setdefault(obj['team'], []).append({'objective': obj['title'], 'progress': round(p * 100), 'status': status(p, elapsed)})
for team, objs in teams.items():
    off = [o for o in objs if o['status'] == 'off_track']
    if off: send_slack(channel = '#okr-' + team, text = f"{len(off)} objective(s) off track: " + '; '.join(o['objective'] for o in off))
teams
