# 0.0.18 rejects the non-standard spec at load time; 0.0.23 accepts the
# file and raises ValueError only when an int is formatted with it.
count = 7
label = f"{count:%d items}"
label
