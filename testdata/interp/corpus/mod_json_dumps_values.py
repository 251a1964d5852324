# json.dumps text for nested containers, indents, separators, escapes,
# floats and big ints (the encoder writes straight from interpreter values).
import json

nested = {"a": [1, [2, [3, {"b": (4, 5)}]]], "e": {}, "l": [], "t": ()}
print(json.dumps(nested))
print(json.dumps(nested, indent=2))
print(json.dumps(nested, indent="--", separators=(";", "=")))
print(json.dumps(nested, indent=0))
print(json.dumps([1, [2]], indent=True), json.dumps([1, [2]], indent=False), json.dumps([1], indent=-1))
print(json.dumps(["é", "\u2028", "😀", "\x7f", "\x00\x1f", "a\"b\\c/d", "\b\f\n\r\t"]))
print(json.dumps(["é", "😀", "\x7f", "\x1f"], ensure_ascii=False))
print(json.dumps({"é": 1, "😀": 2}), json.dumps({"é\n": 1}, ensure_ascii=False))
print(json.dumps([0.1, -0.0, 1e16, 1e-5, 1.5e300, 123456789.125, 2.0, float("nan"), float("-inf"), float("inf")]))
print(json.dumps([2**63, -2**63 - 1, 10**30, -(10**40), 2**62, -5, 0, True, False, None]))
print(json.dumps("plain"), json.dumps(7), json.dumps(None), json.dumps(()), json.dumps([[]]), json.dumps({"": ""}))
print(json.dumps([1, [2, 3]], separators=(",", ":")), json.dumps([1, 2], separators=[";", "="]))
shared = [1, 2]
print(json.dumps([shared, shared, {"s": shared}, (shared,)]))
big = [{"id": i, "name": "user" + str(i), "score": i * 0.5, "ok": i % 2 == 0} for i in range(3)]
print(json.dumps(big, separators=(",", ":")))
json.dumps({"r": list(range(4)), "s": "x" * 3, "d": {"k": (1.5, None)}}, indent="\t")
