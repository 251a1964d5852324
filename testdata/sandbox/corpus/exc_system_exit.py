# expect: SystemExit
raise SystemExit("stop")
