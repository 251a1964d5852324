import re

def match(pattern, text):
    return re.match(pattern, text) is not None

match_results = [match(r"\d+", s) for s in ["123", "abc"]]
match(r"a", "abc")
