def parse(s):
    try:
        return int(s)
    except ValueError as err:
        msg = str(err)
        del err
        return msg

parse("x")
