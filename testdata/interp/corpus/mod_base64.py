import base64
enc = base64.b64encode(b"hello world")
print(enc, base64.b64decode(enc))
print(base64.urlsafe_b64encode(b"\xfb\xff"), base64.b16encode(b"hi"), base64.b32encode(b"ab"))
print(base64.b64decode("aGk="))
base64.standard_b64encode("text".encode()).decode()
