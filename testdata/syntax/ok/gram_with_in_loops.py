for path in paths:
    with open(path) as fh:
        for line in fh:
            if not line.strip():
                continue
            with lock:
                shared.append(line)
            break
else:
    pass
while pending:
    with pending.pop() as job, timer(job.name):
        job.run()
