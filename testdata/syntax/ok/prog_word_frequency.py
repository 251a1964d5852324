import re
from collections import Counter

STOP = set("the a an and or of to in is it for on with as at by this that be are was".split())

text = get_document(doc_id)["body"]
words = re.findall(r"[a-zA-Z']+", text.lower())
counts = Counter(w for w in words if w not in STOP and len(w) > 2)

top = counts.most_common(15)
total = sum(counts.values())
[(w, c, f"{c / total:.2%}") for w, c in top]
