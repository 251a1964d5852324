# expect: AttributeError
setattr(len, "hook", 1)
