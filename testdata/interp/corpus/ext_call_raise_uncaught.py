# mock save: {"raise": {"type": "RuntimeError", "message": "disk full"}}
print("saving")
save("data")
print("not reached")
