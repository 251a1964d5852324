é = "😀"  # the BOM is not part of line 1 for CPython
if é:
    x = é + "中"
