global configured
configured = True

def reset():
    global configured, state
    configured = False
    state = None

class Holder:
    global shared
    shared = 1
