level = 1
def show():
    print(level)
    global level
    return level

show()
