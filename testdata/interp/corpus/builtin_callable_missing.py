callable(len)
