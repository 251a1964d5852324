# limits: {"max_duration": "2s", "max_output": "64KiB"}
# expect: ok
for i in range(100):
    print("line", i)
"done"
