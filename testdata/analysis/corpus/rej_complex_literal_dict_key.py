lookup = {0j: "origin", 1: "one"}
lookup[1]
