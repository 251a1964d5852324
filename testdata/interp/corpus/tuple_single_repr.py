print((1,), tuple(), tuple([1]), tuple("ab"))
repr((5,))
