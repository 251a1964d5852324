# 0.0.18: class-def; 0.0.23: the class is fine, the stray break is reported.
class Flag:
    on = True

if Flag.on:
    break
