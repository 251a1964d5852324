"%s is %d years" % ("Ann", 30)
