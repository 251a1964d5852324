import re

CODE_RE=re.compile(r'^[A-Z0-9]{4}(-?[A-Z0-9]{4}){3}$')

def normalize(code):return code.strip().upper().replace(' ','').replace('-','')

def redeem(code,amount,order_id):
    if not CODE_RE.match(code.strip().upper()):return {'ok':False,'error':'invalid code format'}
    card=lookup_gift_card(normalize(code))
    if card is None:return {'ok':False,'error':'unknown card'}
    if card['status']!='active':return {'ok':False,'error':'card is '+card['status']}
    if card['expires_on'] and card['expires_on']<today_iso():return {'ok':False,'error':'card expired'}
    used=min(amount,card['balance'])
    if used<=0:return {'ok':False,'error':'no balance left'}
    debit_gift_card(card['id'],used,reference=order_id)
    return {'ok':True,'applied':used,'remaining':round(card['balance']-used,2),'still_due':round(amount-used,2)}

redeem(payload['code'],payload['amount'],payload['order_id'])
