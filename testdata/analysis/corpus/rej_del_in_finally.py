def process(rows):
    scratch = [r * 2 for r in rows]
    try:
        return sum(scratch)
    finally:
        del scratch

process([1, 2])
