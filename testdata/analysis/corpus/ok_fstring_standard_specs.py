value = 1234.5678
count = 42
specs = [
    f"{value:.2f}", f"{value:10.1f}", f"{value:<12.3f}|", f"{value:e}",
    f"{count:05d}", f"{count:>6}", f"{count:^7}", f"{count:+d}", f"{count: d}",
    f"{count:=+8d}", f"{count:*^10}", f"{value:g}", f"{value:G}", f"{0.5:%}",
    f"{'txt':>5s}", f"{count:o}", f"{count:x}", f"{count:b}",
]
specs
