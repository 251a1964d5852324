# `match`, `case` and `type` are soft keywords: these are plain names here.
match = {"id": 7, "score": 0.92}
case = "closed"
type = "incident"
matches = [match]
print(match["id"], case, type)
def classify(case, match=None):
    return f"{case}:{match}"
classify(case, match=match["score"])
