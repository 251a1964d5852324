b"\xc3\x28".decode("utf-8")
