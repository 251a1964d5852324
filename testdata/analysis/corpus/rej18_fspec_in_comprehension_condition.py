values = [5, 1500, 2500000]
wide = [v for v in values if len(f"{v:,}") > 5]
wide
