def with_retries(fn, attempts=3):
    last = None
    for i in range(attempts):
        try:
            return fn(i)
        except RuntimeError as e:
            last = e
            continue
    raise RuntimeError(f"gave up after {attempts} attempts: {last}")

def flaky(i):
    if i < 2:
        raise RuntimeError(f"attempt {i} failed")
    return "ok"

with_retries(flaky)
