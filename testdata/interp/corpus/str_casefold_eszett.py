"Straße".casefold(), "Straße".lower(), "straße".upper()
