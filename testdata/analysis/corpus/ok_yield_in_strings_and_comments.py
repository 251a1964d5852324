# This rule does not yield anything; it just computes a yield curve.
# del, match, async for and class are only mentioned in comments here.
notes = "yield from the bond; del the row; class A: pass"
yield_pct = 4.25
del_x = 3
class_name = "premium"
async_for = "not a loop"
summary = f"yield={yield_pct:.2f}% del_x={del_x} class={class_name} note={notes!r}"
print(summary)
summary
