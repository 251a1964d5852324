inventory = {"pens": 12, "paper": 500, "ink": 3}
low = sorted(k for k, v in inventory.items() if v < 20)
by_count = sorted(inventory.items(), key=lambda kv: kv[1], reverse=True)
total = sum(inventory.values())
keys = list(inventory.keys())
(low, by_count[0], total, keys)
