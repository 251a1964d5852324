s = "it's"
print(f"{s} {s!r} {s!s} {s!a}")
print(f"{42!r} {[1, 'a']!s} {None!r}")
f"{'é'!a}"
