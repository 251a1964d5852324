# limits: {"max_duration": "1s", "max_output": "64KiB"}
# expect: MemoryError
while True:
    print("spam spam spam spam spam spam spam spam")
