class Client:
    async def fetch(self, url):
        async def attempt(n):
            async with self.session.get(url) as resp:
                return await resp.json()

        for n in range(3):
            try:
                return await attempt(n)
            except TimeoutError:
                continue

    async def stream(self):
        async for page in self.pages():
            for item in page:
                yield item
