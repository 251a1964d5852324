z = 2 + 1j
amount = 1234567
label = f"{amount:,}"
