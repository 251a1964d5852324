class Service:
    def regular(self, x):
        return x

    async def coroutine(self):
        await self.ready()

    def generator(self):
        yield from self.items

    async def async_gen(self):
        for i in self.items:
            yield i

    @staticmethod
    def static(a, b):
        return a + b

    @classmethod
    def create(cls, *args, **kwargs):
        return cls(*args, **kwargs)

    def __call__(self, /, *args, **kwargs):
        return self.regular(*args)

    __slots__ = ("items",)
