text = """id,name,amount
1,alpha,10.5
2,beta,3
3,gamma,-1.25"""
header, *rows = text.splitlines()
cols = header.split(",")
records = [dict(zip(cols, r.split(","))) for r in rows]
for rec in records:
    rec["amount"] = float(rec["amount"])
positive = [r["name"] for r in records if r["amount"] > 0]
(positive, sum(r["amount"] for r in records))
