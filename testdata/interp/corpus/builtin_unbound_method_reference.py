str.upper("abc")
