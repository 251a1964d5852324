# %-formatting is a runtime error in Monty, not a load-time rejection.
name = "disk"
used = 0.875
try:
    msg = "%s is %.1f%% full" % (name, used * 100)
except TypeError as e:
    msg = f"{name} is {used * 100:.1f}% full"
msg
