import unicodedata
print(unicodedata.name("é"), unicodedata.category("A"), unicodedata.category("1"))
print(unicodedata.normalize("NFD", "é") == "e\u0301", len(unicodedata.normalize("NFC", "e\u0301")))
unicodedata.lookup("BULLET")
