totals = {"a": 12.5, "b": 3.0}
lines = [f"{k}: {v:$.2f}" for k, v in totals.items()]
lines
