def pipeline(rows):
    def stage():
        yield from (r * 2 for r in rows)
    return stage

pipeline([1])
