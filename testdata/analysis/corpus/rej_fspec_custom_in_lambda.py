fmt = lambda v: f"{v:10.2.3}"
"ok"
