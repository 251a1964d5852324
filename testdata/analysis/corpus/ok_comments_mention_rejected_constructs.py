# Monty rejects `class Foo(Base):`, `del x`, `match cmd:` and `yield` at load
# time, so this macro avoids them:
#     async for row in cursor:   (not supported)
#     from .pkg import thing     (not supported)
#     value = 3j                 (not supported)
rows = [{"id": 1}, {"id": 2}]
ids = [r["id"] for r in rows]   # instead of a generator with yield
ids
