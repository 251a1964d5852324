class Plain(object):
    pass
Plain()
