import re
import unicodedata

SMART_QUOTES = {'\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-'}
WHITESPACE = re.compile(r'[ \t]+')
MULTI_NEWLINE = re.compile(r'\n{3,}')

def strip_accents(s):
  return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))

def normalize(text, ascii_only=False, max_len=None):
  for k,v in SMART_QUOTES.items(): text=text.replace(k,v)
  text = WHITESPACE.sub(' ', text)
  text = MULTI_NEWLINE.sub('\n\n', text)
  text = '\n'.join(line.strip() for line in text.split('\n'))
  if ascii_only: text = strip_accents(text)
  if max_len is not None and len(text)>max_len:
    cut = text.rfind(' ', 0, max_len)
    text = text[:cut if cut>0 else max_len].rstrip() + '…'
  return text.strip()

def slugify(title):
  s = strip_accents(title).lower()
  s = re.sub(r'[^a-z0-9]+', '-', s).strip('-')
  return s[:80]

docs = fetch_documents(collection='blog', status='draft')
out = []
for d in docs:
  body = normalize(d['body'])
  out.append({'id':d['id'],'slug':slugify(d['title']),'excerpt':normalize(body, max_len=160),'words':len(body.split())})
save_documents(out)
len(out)
