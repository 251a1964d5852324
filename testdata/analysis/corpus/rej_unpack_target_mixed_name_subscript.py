row = {"id": 0}
status, row["id"] = "new", 42
status
