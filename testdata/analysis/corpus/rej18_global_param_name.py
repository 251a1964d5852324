# CPython's compiler rejects "name 'limit' is parameter and global".
limit = 10
def set_limit(limit):
    global limit
    return limit
set_limit(3)
