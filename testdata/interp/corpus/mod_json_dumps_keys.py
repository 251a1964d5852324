# json.dumps keys (int, float, bool, None keys; sort_keys; skipkeys) and
# the errors, in the order Monty meets them: a dict's keys are checked
# before its values, and before sort_keys compares them.
import json

def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

print(json.dumps({1: "i", 2.5: "f", True: "t", False: "f", None: "n", 10**20: "big", -3: "neg", 1e300: "fe"}))
print(json.dumps({"b": 1, "a": {"d": 1, "c": [{"z": 1, "y": 2}]}, "é": 0, "E": 3}, sort_keys=True))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=1, separators=(",", ": ")))
print(json.dumps({3: "c", 1: "a", 2.5: "b", -2: "m", False: "z"}, sort_keys=True))
print(json.dumps({"x": 1}, sort_keys=True), json.dumps({5: 1}, sort_keys=True))
print(json.dumps({10**30: 1, 2.5: 1, False: 3}, sort_keys=True))
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
print(json.dumps({(1,): 2, "x": []}, indent=3, skipkeys=True), json.dumps({(1,): 1}, skipkeys=True, indent=1))
print(json.dumps({"a": 2, (1,): 1}, sort_keys=True, skipkeys=True))
cyc = [1]
cyc.append(cyc)
attempt(lambda: json.dumps(cyc))
d = {"k": 1}
d["self"] = [d]
attempt(lambda: json.dumps(d))
attempt(lambda: json.dumps([range(3)]))
attempt(lambda: json.dumps({"a": {1, 2}}))
attempt(lambda: json.dumps([b"x"]))
attempt(lambda: json.dumps({(1, 2): 3}))
attempt(lambda: json.dumps({"a": {1, 2}, (1,): 3}))
attempt(lambda: json.dumps({"b": [1, {"c": {3}}], (2,): 3}))
attempt(lambda: json.dumps([{"a": 1}, {(2,): 3}, {4}]))
attempt(lambda: json.dumps({"a": 1, 2: "b"}, sort_keys=True))
attempt(lambda: json.dumps({(1,): 1, "a": 2}, sort_keys=True))
attempt(lambda: json.dumps({None: 1, "a": 2}, sort_keys=True))
attempt(lambda: json.dumps({2: 1, "b": 2, (1,): 3}, sort_keys=True, skipkeys=True))
attempt(lambda: json.dumps([float("nan")], allow_nan=False))
attempt(lambda: json.dumps({"a": [1, float("-inf")]}, allow_nan=False))
attempt(lambda: json.dumps({float("inf"): 1}, allow_nan=False))
attempt(lambda: json.dumps({"a": float("inf"), float("nan"): 1}, allow_nan=False))
attempt(lambda: json.dumps({float("nan"): 1, "b": 2}, allow_nan=False, sort_keys=True))
attempt(lambda: json.dumps([1], indent=2.5))
attempt(lambda: json.dumps([1], separators=(",",)))
attempt(lambda: json.dumps([1], foo=1))
json.dumps({"z": 1, "a": 2}, sort_keys=True)
