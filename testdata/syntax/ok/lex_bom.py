# This file starts with a UTF-8 byte order mark.
greeting = "hello"
accented = "café"
def shout(s):
    return s.upper() + "!"
shout(greeting)
