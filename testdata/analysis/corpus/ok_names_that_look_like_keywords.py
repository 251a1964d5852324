del_count = 0
yield_rate = 0.05
match_score = 0.9
case_id = "C-12"
async_mode = False
type_ = "x"
class_ = "y"
matcher = {"case": case_id, "match": match_score, "yield": yield_rate, "del": del_count}
print(matcher["case"], matcher["del"])
sorted(matcher)
