products = get_products(category="laptops")

by_price = sorted(products, key=lambda p: p["price"])
by_rating_then_price = sorted(products, key=lambda p: (-p["rating"], p["price"]))
cheapest_good = next(filter(lambda p: p["rating"] >= 4.5, by_price), None)

score = lambda p, w_price=0.4, w_rating=0.6: w_rating * p["rating"] / 5 - w_price * p["price"] / 3000
ranked = sorted(products, key=score, reverse=True)

names = list(map(lambda p: p["name"].title(), ranked[:5]))
{"cheapest_good": cheapest_good and cheapest_good["name"], "top5": names}
