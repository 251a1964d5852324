def my_func():
    pass

my_func.__name__
