def check_totals(lines, expected):
    total = sum(q * p for q, p in lines)
    assert total == expected, f"total {total:.2f} != expected {expected:.2f}"
    return total

try:
    check_totals([(2, 1.5), (1, 2.0)], 6.0)
except AssertionError as e:
    message = str(e)
message
