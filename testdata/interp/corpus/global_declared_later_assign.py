def setup():
    global config
    config = {"debug": True}

setup()
config
