changes = {"revenue": 0.1234, "costs": -0.052, "margin": 0.0}
report = []
for name, delta in sorted(changes.items()):
    report.append(f"{name:>10}: {delta:+.1%} ({delta:+08.3f})")
print("\n".join(report))
f"{3.14159:.3e} {255:x} {255:X} {5:b} {8:o} {65:c} {42:^9d}|"
