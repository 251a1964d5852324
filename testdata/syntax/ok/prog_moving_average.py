from collections import deque


def sma(values, window):
    buf = deque(maxlen=window)
    total = 0.0
    out = []
    for v in values:
        if len(buf) == window:
            total -= buf[0]
        buf.append(v)
        total += v
        out.append(total / len(buf))
    return out


def ema(values, alpha=0.3):
    out = []
    for v in values:
        out.append(v if not out else alpha * v + (1 - alpha) * out[-1])
    return out


closes = [bar["close"] for bar in get_bars(ticker, "1d", 120)]
fast, slow = sma(closes, 20), sma(closes, 50)
signal = "buy" if fast[-1] > slow[-1] and fast[-2] <= slow[-2] else "sell" if fast[-1] < slow[-1] and fast[-2] >= slow[-2] else "hold"
{"signal": signal, "ema": round(ema(closes)[-1], 2)}
