if x: pass
if x: a = 1; b = 2
elif y: c = 3
else: d = 4
for i in r: total += i
while n: n -= 1
with ctx: use()
def f(): return 1
async def g(): await h()
class C: x = 1; y = 2
try: risky()
except E as e: print(e)
else: ok()
finally: done()
