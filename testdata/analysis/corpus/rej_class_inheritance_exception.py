class QuotaExceeded(Exception):
    pass

def check(used, limit):
    if used > limit:
        raise QuotaExceeded(f"{used} > {limit}")
    return True

check(1, 2)
