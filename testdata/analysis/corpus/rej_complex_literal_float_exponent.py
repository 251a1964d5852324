def signal(t):
    return 1.5e3j * t

"ok"
