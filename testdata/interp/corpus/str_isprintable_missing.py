"abc".isprintable()
