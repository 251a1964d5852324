import math
import json
from collections import Counter, defaultdict
from functools import reduce
import asyncio

assert math.sqrt(16) == 4.0 and math.floor(-1.5) == -2 and math.gcd(12, 18) == 6
assert json.dumps({"a": [1, 2.5, None, True]}) == '{"a": [1, 2.5, null, true]}'
assert json.loads('{"b": [1, "x"]}') == {"b": [1, "x"]}
cnt = Counter("abracadabra")
assert cnt["a"] == 5 and cnt["z"] == 0 and cnt.most_common(1) == [("a", 5)]
dd = defaultdict(list)
dd["k"].append(1)
assert dd == {"k": [1]}
assert reduce(lambda a, b: a * b, [1, 2, 3, 4]) == 24
assert sum([1, 2, 3]) == 6 and min(3, 1) == 1 and abs(-2) == 2 and divmod(7, 2) == (3, 1)
assert sorted({"b": 1, "a": 2}) == ["a", "b"] and list(reversed([1, 2])) == [2, 1]
assert "-".join(["a", "b"]) == "a-b" and "a,b".split(",") == ["a", "b"]
assert "  x ".strip() == "x" and "abc".upper() == "ABC" and "abc".find("c") == 2
assert f"{3.14159:.2f}|{42:>5}|{'s'!r}|{255:#x}|{1234567:,}" == "3.14|   42|'s'|0xff|1,234,567"
assert "{} {name}".format(1, name="n") == "1 n"
assert hex(255) == "0xff" and bin(5) == "0b101" and chr(97) == "a" and ord("a") == 97
assert len({1, 2} | {3}) == 3 and {1, 2} & {2} == {2} and {1, 2} - {1} == {2}
d = {"x": 1}
d.update(y=2)
assert list(d.items()) == [("x", 1), ("y", 2)] and d.pop("x") == 1 and d == {"y": 2}

async def double(v):
    return v * 2

async def main():
    a = await double(2)
    rest = await asyncio.gather(double(3), double(4))
    return [a] + rest

assert asyncio.run(main()) == [4, 6, 8]
