# Mail-merge macro: recipients and send_mail come from the host.
template = "Hi {name}, your plan {plan} renews on {date}."
sent = 0
for r in recipients:
    body = template.replace("{name}", r["name"]).replace("{plan}", r["plan"])
    body = body.replace("{date}", r["renewal"])
    if r.get("opt_out"):
        continue
    send_mail(r["email"], body)
    sent += 1
sent
