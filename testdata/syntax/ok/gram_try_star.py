try:
    run_group()
except* ValueError:
    pass

try:
    run_group()
except* (TypeError, KeyError) as eg:
    log(eg.exceptions)
except* OSError as eg:
    raise
else:
    ok()
finally:
    close()

try:
    nested()
except* errors.Timeout as group:
    for exc in group.exceptions:
        print(exc)
