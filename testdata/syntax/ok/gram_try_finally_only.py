try:
    resource = acquire()
    use(resource)
finally:
    release()

try:
    pass
finally:
    pass
