import math
from collections import deque

def ewma(values, alpha=0.3):
  s = None
  out = []
  for v in values:
    s = v if s is None else alpha*v + (1-alpha)*s
    out.append(s)
  return out

def detect(series, window=24, threshold=3.0):
  anomalies = []
  buf = deque(maxlen=window)
  for ts, value in series:
    if len(buf) == window:
      mean = sum(buf)/window
      var = sum((x-mean)**2 for x in buf)/window
      sd = math.sqrt(var) or 1e-9
      z = (value-mean)/sd
      if abs(z) >= threshold:
        anomalies.append({'ts':ts, 'value':value, 'z':round(z,2), 'direction':'up' if z>0 else 'down'})
    buf.append(value)
  return anomalies

results = {}
for metric in ['checkout.latency_p95','api.error_rate','signup.count','queue.depth']:
  series = query_metric(metric, hours=72, step='1h')
  found = detect(series, threshold=3.5 if metric.endswith('count') else 3.0)
  if found:
    results[metric] = found[-5:]
    if any(a['ts'] >= series[-3][0] for a in found):
      notify_channel('#ops-alerts', f'Anomaly in {metric}: latest z={found[-1]["z"]}')
results
