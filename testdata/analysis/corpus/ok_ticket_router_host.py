# Support-ticket router; classify_text and assign_queue are host functions.
ticket = get_ticket(ticket_id)
labels = classify_text(ticket["body"], top_k=3)
queue = "general"
for label in labels:
    if label["name"] in ("billing", "refund") and label["score"] > 0.7:
        queue = "billing"
        break
    if label["name"] == "outage":
        queue = "oncall"
assign_queue(ticket["id"], queue)
queue
