impedance = 3 + 4j
magnitude = abs(impedance)
magnitude
