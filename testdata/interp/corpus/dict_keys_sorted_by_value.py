scores = {"ann": 3, "bob": 9, "cy": 5}
ranked = sorted(scores, key=lambda n: scores[n], reverse=True)
print(ranked)
[(n, scores[n]) for n in ranked[:2]]
