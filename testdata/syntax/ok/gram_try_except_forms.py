try:
    risky()
except:
    pass

try:
    risky()
except ValueError:
    handle()

try:
    risky()
except ValueError as err:
    handle(err)

try:
    risky()
except (KeyError, IndexError) as err:
    handle(err)
except errors.Custom:
    pass
except get_error_types():
    raise
except BaseException:
    raise
