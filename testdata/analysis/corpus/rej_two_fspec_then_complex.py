# 0.0.18 stops at the comma spec on line 3; 0.0.23 accepts it and stops at 1j.
amount = 1234567
label = f"{amount:,}"
z = 2 + 1j
