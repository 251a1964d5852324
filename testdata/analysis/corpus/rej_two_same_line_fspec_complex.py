parts = [f"{10:#x}", str(3j)]
