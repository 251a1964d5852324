fname = "report.csv"
print(fname.endswith((".csv", ".tsv")), fname.startswith(("rep", "x")))
print(fname.endswith("csv", 0, 6))
fname.startswith("")
