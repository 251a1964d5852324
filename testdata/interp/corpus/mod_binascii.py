import binascii
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.crc32(b"hello"))
print(binascii.b2a_hex(b"xyz"), binascii.a2b_base64(b"aGk=\n"))
binascii.b2a_base64(b"hi")
