# SQL-ish text containing keywords; no statement uses them.
queries = {
    "del": "DELETE FROM t WHERE id = ?",
    "match": "SELECT * FROM t WHERE name MATCH ?",
    "yield": "SELECT yield FROM bonds",
}
lines = [f"{k:>6}: {v}" for k, v in sorted(queries.items())]
print("\n".join(lines))
len(lines)
