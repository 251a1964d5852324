import statistics as st

series = get_metric("orders_per_minute", hours=24)
values = [p["value"] for p in series]
mu = st.fmean(values)
sigma = st.pstdev(values)

anomalies = [
    {"at": p["ts"], "value": p["value"], "z": round((p["value"] - mu) / sigma, 2)}
    for p in series
    if sigma and abs(p["value"] - mu) / sigma > threshold
]

if len(anomalies) > 3:
    create_alert(title=f"{len(anomalies)} anomalies in orders_per_minute", severity="high")
anomalies
