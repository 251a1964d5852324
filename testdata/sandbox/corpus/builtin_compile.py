# expect: NameError
code = compile("1", "<x>", "eval")
