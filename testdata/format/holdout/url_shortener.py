import re
import binascii
ALPHABET='0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
BLOCKED_HOSTS={'malware.example','phish.example'}
def encode(n):
    if n==0:return ALPHABET[0]
    s=[]
    while n:
        n,r=divmod(n,62);s.append(ALPHABET[r])
    return ''.join(reversed(s))
def shorten(url,custom=None):
    m=re.match(r'^https?://([^/:]+)',url)
    if not m:return {'error':'only http(s) URLs'}
    if m.group(1).lower() in BLOCKED_HOSTS or url_reputation(url)=='malicious':return {'error':'URL blocked'}
    if custom:
        if not re.fullmatch(r'[A-Za-z0-9_-]{3,32}',custom):return {'error':'bad alias'}
        if alias_exists(custom):return {'error':'alias taken'}
        code=custom
    else:
        existing=find_code_for_url(url)
        if existing:return {'code':existing,'short':'https://sho.rt/'+existing}
        code=encode(binascii.crc32(url.encode())+next_sequence('short_urls'))
    save_short_url(code,url)
    return {'code':code,'short':'https://sho.rt/'+code}
shorten(body['url'],body.get('alias'))
