if False:
    try:
        pass
    except* OSError:
        pass
"unreachable handler"
