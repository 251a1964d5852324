import heapq
import itertools

tie = itertools.count()
queue = []

PRIORITY = {"critical": 0, "high": 1, "normal": 2, "low": 3}

for job in pending_jobs():
    heapq.heappush(queue, (PRIORITY[job["priority"]], job["submitted"], next(tie), job))

capacity = worker_capacity()
scheduled = []
while queue and capacity > 0:
    _, _, _, job = heapq.heappop(queue)
    if job["cost"] > capacity:
        continue
    capacity -= job["cost"]
    scheduled.append(job["id"])

{"scheduled": scheduled, "left_in_queue": len(queue), "unused_capacity": capacity}
