# Generator expressions are fine (Monty evaluates them eagerly).
prices = [4.5, 10.0, 3.25]
total = sum(p * 1.2 for p in prices)
any_expensive = any(p > 9 for p in prices)
all_positive = all(p > 0 for p in prices)
(round(total, 2), any_expensive, all_positive, list(str(p) for p in prices))
