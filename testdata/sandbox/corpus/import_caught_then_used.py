# expect: NameError
try:
    import socket
except ImportError:
    print("no socket")
socket.socket()
