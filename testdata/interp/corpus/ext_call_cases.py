# mock price: {"cases": [{"args": ["apple"], "kwargs": {}, "return": 1.25}, {"args": ["pear"], "kwargs": {"discount": true}, "return": 0.5}], "default": 0}
print(price("apple"), price("pear"), price("pear", discount=True), price("kiwi"))
sum(price(f) for f in ["apple", "apple"])
