result = (
    session.query(User)
    .filter(User.active == True)
    .order_by(User.created.desc())
    .limit(10)
    .all()
)
value = data["a"][0]["b"][1:]["c"]
handlers[event.type](event)[0].finish()
fn()()[0]()["k"]
a.b(c)[d].e(f=g)[h:i]
