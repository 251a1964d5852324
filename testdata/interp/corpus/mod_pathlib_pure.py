from pathlib import Path
p = Path("/data/reports") / "2024" / "q1.csv"
print(p, p.name, p.suffix, p.stem, p.parent, p.parts)
print(p.with_suffix(".json"), p.with_name("x.txt"), p.is_absolute(), str(Path("a") / "b"))
name = "file"
str(Path("/a") / f"{name}.txt")
