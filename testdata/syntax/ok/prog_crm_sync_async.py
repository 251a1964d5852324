async def sync_contact(contact):
    existing = await crm_find(email=contact["email"])
    payload = {
        "firstName": contact["first_name"],
        "lastName": contact["last_name"],
        "company": contact.get("company") or None,
        "tags": list({*contact.get("tags", []), "synced"}),
    }
    if existing is None:
        created = await crm_create(payload | {"email": contact["email"]})
        return ("created", created["id"])
    changed = {k: v for k, v in payload.items() if existing.get(k) != v}
    if not changed:
        return ("unchanged", existing["id"])
    await crm_update(existing["id"], changed)
    return ("updated", existing["id"])


stats = {"created": 0, "updated": 0, "unchanged": 0}
async for contact in stream_contacts(since=last_sync):
    action, _ = await sync_contact(contact)
    stats[action] += 1
stats
