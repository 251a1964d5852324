CONFIG = {"mode": "safe"}
RELOADS = 0

def reload(new):
    global CONFIG, RELOADS
    CONFIG = {**CONFIG, **new}
    RELOADS += 1
    return CONFIG

reload({"mode": "fast"})
reload({"level": 2})
(CONFIG, RELOADS)
