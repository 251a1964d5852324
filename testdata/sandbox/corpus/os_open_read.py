# expect: NotImplementedError
print(open("/etc/passwd").read())
