{k: v for k, v in pairs}
{k: v for k, v in d.items() if v is not None}
{i: [j for j in range(i)] for i in range(4)}
{(a, b): a * b for a in xs for b in ys if a != b}
{str(k): {kk: vv for kk, vv in v.items()} for k, v in nested.items()}
{**{k: 1 for k in keys}, "extra": 2}
