# expect: ok
# A default hides the AttributeError; nothing must leak through it.
leak = getattr((), "__class__", None)
print(leak)
leak is None
