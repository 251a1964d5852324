{}
{"a": 1}
{"a": 1, "b": 2,}
{1: "one", 2.0: "two", None: 0, (1, 2): "tuple"}
{**base}
{**base, "k": 1}
{"k": 1, **base, **{"x": 2}, "z": 3}
{a: b for a, b in []}
{
    "nested": {"deep": {"deeper": [1, 2, {"deepest": True}]}},
}
{f(x): g(y) if y else h for x, y in []}
{k: (v := 1)}
