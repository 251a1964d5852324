x = 2
note = f"{x} and {x * 1j}"
note
