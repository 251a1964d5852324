import re
DISPOSABLE_DOMAINS={'mailinator.com','10minutemail.com','guerrillamail.com','tempmail.io'}
URL_RE=re.compile(r'https?://',re.I)

def spam_score(submission,meta):
    score=0;reasons=[]
    email=submission.get('email','').lower()
    domain=email.rsplit('@',1)[-1] if '@' in email else ''
    if domain in DISPOSABLE_DOMAINS:score+=40;reasons.append('disposable email')
    links=len(URL_RE.findall(submission.get('message','')))
    if links>=3:score+=30;reasons.append(f'{links} links')
    if meta.get('honeypot'):score+=100;reasons.append('honeypot filled')
    if meta.get('seconds_on_page',60)<3:score+=25;reasons.append('submitted too fast')
    if submission.get('name') and submission['name'].lower()==submission.get('company','').lower():score+=10;reasons.append('name equals company')
    if re.search(r'[\u0400-\u04FF]{10,}',submission.get('message','')) and meta.get('country') not in ('RU','UA','BY','KZ'):score+=15;reasons.append('unexpected script')
    return score,reasons

score,reasons=spam_score(form,request_meta)
if score>=50:
    store_submission(form,status='spam',reasons=reasons)
else:
    store_submission(form,status='new')
    create_crm_lead(form['email'],name=form.get('name'),company=form.get('company'),source='contact-form')
{'spam':score>=50,'score':score,'reasons':reasons}
