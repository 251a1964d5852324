cells = [0, 0]
(label, (width, cells[1])) = ("box", (3, 4))
label
