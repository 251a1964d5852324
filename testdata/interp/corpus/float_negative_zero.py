z = -0.0
print(z, z == 0.0, str(z), abs(z))
print(0.0 * -1)
round(-0.4)
