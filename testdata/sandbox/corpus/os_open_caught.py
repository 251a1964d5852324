# expect: NotImplementedError
# OS-function errors cannot be caught: the handler must not run.
try:
    open("/etc/shadow")
except Exception:
    print("caught")
print("after")
