class Cache:
    def clear(self, key):
        del self.store[key]

    @property
    def size(self):
        return 0
