CHECKS = [
    {"table": "orders", "name": "no_null_customer", "sql": "select count(*) from orders where customer_id is null", "max": 0},
    {"table": "orders", "name": "fresh", "sql": "select extract(epoch from now() - max(created_at))/3600 from orders", "max": 2},
    {"table": "payments", "name": "no_negative", "sql": "select count(*) from payments where amount_cents < 0", "max": 0},
    {"table": "customers", "name": "unique_email", "sql": "select count(*) - count(distinct lower(email)) from customers", "max": 0},
    {"table": "events", "name": "volume", "sql": "select count(*) from events where ts > now() - interval '1 hour'", "min": 1000},
]

def run_check(c):
    value = query_scalar(c["sql"], timeout_seconds=60)
    failed = ("max" in c and value > c["max"]) or ("min" in c and value < c["min"])
    return {"check": f"{c['table']}.{c['name']}", "value": value, "failed": failed}

results = [run_check(c) for c in CHECKS]
failures = [r for r in results if r["failed"]]
record_metrics("data_quality", {r["check"]: r["value"] for r in results})
if failures:
    open_ticket(queue="data-eng", title=f"{len(failures)} data quality check(s) failing", body="\n".join(f"- {f['check']}: {f['value']}" for f in failures), priority="high" if any(f["check"].startswith("payments") for f in failures) else "normal")
{"passed": len(results) - len(failures), "failed": [f["check"] for f in failures]}
