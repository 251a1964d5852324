cart = [("apple", 3, 0.5), ("melon", 1, 3.0), ("grape", 0, 2.0)]
lines = [(name, q * p) for name, q, p in cart if (q * p) > 0]
if (subtotal := sum(t for _, t in lines)) > 2:
    shipping = 0
else:
    shipping = 4.5
f"subtotal={subtotal:.2f} shipping={shipping:.2f} total={subtotal + shipping:.2f}"
