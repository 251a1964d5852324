slo = 0.999
window_days = 30

stats = get_request_stats(service, days=window_days)
total = stats["total"]
failed = stats["failed"]

allowed_failures = total * (1 - slo)
budget_left = allowed_failures - failed
burn = failed / allowed_failures if allowed_failures else float("inf")

status = (
    "exhausted" if budget_left <= 0
    else "critical" if burn > 0.9
    else "warning" if burn > 0.5
    else "healthy"
)
{"service": service, "availability": 1 - failed / total if total else 1.0, "budget_used": f"{burn:.0%}", "status": status}
