from collections import defaultdict


def month_index(ym):
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def retention_table(events):
    first_month = {}
    active = defaultdict(set)
    for e in sorted(events, key=lambda e: e["month"]):
        uid, month = e["user_id"], e["month"]
        first_month.setdefault(uid, month)
        active[month].add(uid)
    cohorts = defaultdict(list)
    for uid, m in first_month.items():
        cohorts[m].append(uid)
    table = {}
    for cohort, users in sorted(cohorts.items()):
        size = len(users)
        row = []
        for offset in range(0, 12):
            idx = month_index(cohort) + offset
            month = f"{idx // 12:04d}-{idx % 12 + 1:02d}"
            if month not in active and offset > 0:
                break
            row.append(round(100 * len(set(users) & active[month]) / size, 1))
        table[cohort] = {"size": size, "retention": row}
    return table


table = retention_table(monthly_activity(product="mobile", months=12))
render_heatmap(title="Monthly retention by signup cohort", rows=[(c, r["size"], r["retention"]) for c, r in table.items()])
table
