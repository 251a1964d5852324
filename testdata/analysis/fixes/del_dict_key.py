# del on plain dict keys, string and int keys.
prices = {"apple": 3, "pear": 5, "plum": 2, 10: "ten"}
del prices["pear"]
print(prices)
del prices[10]
print(sorted(prices.items()))
key = "apple"
del prices[key]
print(prices, len(prices))
