def outer():
    store = {"tmp": 1, "keep": 2}
    def prune():
        del store["tmp"]
    prune()
    return store

outer()
