DEBUG = False
if False:
    print("never")
    x = [i for i in range(10)]
if DEBUG:
    def trace(msg):
        print("trace:", msg)
else:
    def trace(msg):
        return None
trace("hello")
"done"
