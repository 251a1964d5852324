print(float(2**63 - 1), float(-2**63))
float(2**63)
