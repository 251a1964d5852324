# expect: NameError
breakpoint()
