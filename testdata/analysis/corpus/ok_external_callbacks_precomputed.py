# Calls to host functions in a comprehension, then a local sort key.
ids = [3, 1, 2]
scores = {i: score_item(i) for i in ids}
ranked = sorted(ids, key=lambda i: scores[i], reverse=True)
ranked
