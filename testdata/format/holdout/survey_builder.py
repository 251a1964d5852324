QUESTION_TYPES = {'rating','single_choice','multi_choice','text','nps'}

def validate_question(q, index):
    errors = []
    if q.get('type') not in QUESTION_TYPES:
        errors.append(f'question {index+1}: unknown type {q.get("type")!r}')
    if not q.get('text','').strip():
        errors.append(f'question {index+1}: text is empty')
    if q.get('type') in ('single_choice','multi_choice'):
        options = q.get('options') or []
        if len(options) < 2: errors.append(f'question {index+1}: needs at least two options')
        if len(set(o.lower() for o in options)) != len(options): errors.append(f'question {index+1}: duplicate options')
    if q.get('type') == 'rating' and not (1 < q.get('scale', 5) <= 10):
        errors.append(f'question {index+1}: scale must be between 2 and 10')
    if 'show_if' in q:
        dep = q['show_if'].get('question')
        if dep is None or dep >= index: errors.append(f'question {index+1}: show_if must point to an earlier question')
    return errors

def build(spec):
    errors = [e for i, q in enumerate(spec['questions']) for e in validate_question(q, i)]
    if errors: return {'ok': False, 'errors': errors}
    survey = create_survey(title = spec['title'], questions = spec['questions'], anonymous = spec.get('anonymous', True), closes_at = spec.get('closes_at'))
    return {'ok': True, 'survey_id': survey['id'], 'url': survey['public_url']}

build(survey_spec)
