def a(): pass
def b(): ...
def c(): "docstring only"
class D: pass
class E: ...
class F: "doc"
if x: pass
while x: pass
for x in y: pass
with x: pass
try: pass
except: pass
