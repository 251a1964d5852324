"%(name)s" % {"name": "x"}
