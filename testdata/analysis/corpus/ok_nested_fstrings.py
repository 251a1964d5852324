unit = "kg"
weights = [1.25, 10.5]
parts = [f"{f'{w:.1f}'}{unit}" for w in weights]
summary = f"total: {sum(weights):.2f}{unit} over {len(weights)} items ({', '.join(parts)})"
debug = f"{unit=} {len(parts)=}"
(summary, debug)
