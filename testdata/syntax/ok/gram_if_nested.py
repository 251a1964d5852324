if level1:
    if level2:
        if level3:
            if level4:
                deepest()
            else:
                almost()
        elif other3:
            pass
    else:
        if x:
            pass
        else:
            if y:
                z = 1
