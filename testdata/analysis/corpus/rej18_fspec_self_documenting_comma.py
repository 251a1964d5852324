population = 8_100_000_000
debug = f"{population=:,}"
debug
