counter = 0
class Tracker:
    global counter
    counter = 5
