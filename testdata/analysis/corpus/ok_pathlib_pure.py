from pathlib import Path

base = Path("/data/reports")
name = "summary"
target = base / "2024" / "q1.csv"
parts = [target.name, target.suffix, target.stem, str(target.parent)]
parts
