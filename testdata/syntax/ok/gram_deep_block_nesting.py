def level0():
    if a:
        for b in c:
            while d:
                with e:
                    try:
                        if f:
                            for g in h:
                                if i:
                                    while j:
                                        if k:
                                            with l:
                                                if m:
                                                    for n in o:
                                                        if p:
                                                            return q
                                                        else:
                                                            continue
                                    else:
                                        pass
                    except Z:
                        break
    return None
