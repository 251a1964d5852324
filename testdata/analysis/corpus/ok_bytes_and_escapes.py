data = b"\x00\x01binary"
text = "tab\tnewline\n\N{BULLET} done"
raw = r"C:\path\no\escape"
multi = """line one
line two"""
(len(data), data[2:], text.count("\t"), raw.count("\\"), multi.splitlines())
