VERBOSE = False
total = 1234567
if False:
    print(f"total={total:,}")
total
