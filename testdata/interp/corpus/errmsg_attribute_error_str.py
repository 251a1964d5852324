"abc".nope()
