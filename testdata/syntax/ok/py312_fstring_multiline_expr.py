items = [1, 2, 3]
prices = {"a": 1.5, "b": 2.25}
total = f"Total: {
    sum(items)
}"
listing = f"Items: {", ".join(
    str(i)
    for i in items
)}"
table = f'{
    {
        "a": 1,
        "b": 2,
    }["a"]
}'
spec = f"{prices["a"]:{
    "10.2f"
}}"
call = f"{max(
    items,
    default=0,
)!r}"
