handles = {}
def open_log(path):
    with open(path) as handles["log"]:
        pass
"ok"
