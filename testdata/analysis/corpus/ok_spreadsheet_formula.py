# Spreadsheet-style formula evaluation over a grid of cells.
cells = {"A1": 10, "A2": 20, "A3": 30, "B1": 0.5}

def col_sum(col, start, end):
    return sum(cells.get(f"{col}{i}", 0) for i in range(start, end + 1))

def weighted(col, start, end, weight_cell):
    return col_sum(col, start, end) * cells[weight_cell]

formulas = {
    "C1": lambda: col_sum("A", 1, 3),
    "C2": lambda: weighted("A", 1, 3, "B1"),
    "C3": lambda: max(cells[k] for k in cells if k.startswith("A")),
}
{name: f() for name, f in formulas.items()}
