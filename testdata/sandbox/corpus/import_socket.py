# expect: ModuleNotFoundError
import socket
print(socket)
