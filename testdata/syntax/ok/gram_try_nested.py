try:
    try:
        inner()
    except KeyError:
        try:
            recover()
        finally:
            log()
    else:
        try:
            more()
        except* ValueError:
            pass
finally:
    try:
        cleanup()
    except Exception as e:
        raise RuntimeError("cleanup failed") from e
