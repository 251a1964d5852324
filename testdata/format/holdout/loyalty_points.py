from dataclasses import dataclass

@dataclass
class Earning:
    points: int
    reason: str

POINTS_PER_DOLLAR=10
BONUS_CATEGORIES={"electronics":2.0,"books":1.5}
def points_for_item(item)->int:
    mult=BONUS_CATEGORIES.get(item["category"],1.0)
    return int(item["price"]*item["qty"]*POINTS_PER_DOLLAR*mult)
def birthday_bonus(member,order_date):
    b=member.get("birthday")
    if b is None:return 0
    if b.month==order_date.month:return 500
    return 0
def earnings(order,member):
    out=[]
    for item in order["items"]:
        p=points_for_item(item)
        if p>0:out.append(Earning(p,"purchase: "+item["sku"]))
    bb=birthday_bonus(member,order["date"])
    if bb:out.append(Earning(bb,"birthday month"))
    if member["tier"]=="gold":
        extra=sum(e.points for e in out)//10
        out.append(Earning(extra,"gold tier 10% bonus"))
    return out
def apply(order,member):
    es=earnings(order,member)
    total=sum(e.points for e in es)
    credit_points(member["id"],total,reasons=[e.reason for e in es])
    new_balance=member["balance"]+total
    if new_balance>=10000 and member["tier"]!="gold":upgrade_tier(member["id"],"gold")
    return {"earned":total,"balance":new_balance,"lines":len(es)}
apply(order,get_member(order["member_id"]))
