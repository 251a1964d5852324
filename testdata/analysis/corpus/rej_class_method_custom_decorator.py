def logged(fn):
    return fn

class Service:
    @logged
    def call(self):
        return "called"

Service().call()
