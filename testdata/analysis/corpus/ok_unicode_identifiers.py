größe = 3
π = 3.14159
fläche = π * größe ** 2
f"{fläche:.3f} m²"
