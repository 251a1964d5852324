import json
heads = [h for h, *json.tail in [(1, 2), (3, 4)]]
heads
