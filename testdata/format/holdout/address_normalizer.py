import re

ABBREVIATIONS = {
    r'\bstreet\b': 'St', r'\bavenue\b': 'Ave', r'\bboulevard\b': 'Blvd', r'\broad\b': 'Rd',
    r'\bdrive\b': 'Dr', r'\bsuite\b': 'Ste', r'\bapartment\b': 'Apt', r'\bnorth\b': 'N',
    r'\bsouth\b': 'S', r'\beast\b': 'E', r'\bwest\b': 'W',
}
US_STATES = {'california':'CA','new york':'NY','texas':'TX','florida':'FL','washington':'WA','illinois':'IL'}
ZIP_RE = re.compile(r'^\d{5}(-\d{4})?$')

def normalize_line(line):
    s = ' '.join(line.replace('.', '').split())
    for pattern, abbr in ABBREVIATIONS.items(): s = re.sub(pattern, abbr, s, flags=re.I)
    return s.title().replace(' Ste ', ' Ste ').replace("'S", "'s")

def normalize(addr):
    out = {'line1': normalize_line(addr['line1']), 'line2': normalize_line(addr.get('line2') or '') or None, 'city': addr['city'].strip().title()}
    state = addr['state'].strip()
    out['state'] = US_STATES.get(state.lower(), state.upper()) if addr.get('country', 'US') == 'US' else state
    zip_code = addr.get('postal_code', '').strip()
    out['postal_code'] = zip_code
    out['valid'] = bool(ZIP_RE.match(zip_code)) if addr.get('country', 'US') == 'US' else bool(zip_code)
    out['country'] = addr.get('country', 'US').upper()
    return out

[normalize(a) for a in addresses]
