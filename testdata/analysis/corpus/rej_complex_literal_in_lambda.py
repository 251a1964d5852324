phase = lambda t: t * 2.5j
"ok"
