def tally(keys):
    counts = {}
    for counts["last"] in keys:
        pass
    return counts

tally(["a", "b"])
