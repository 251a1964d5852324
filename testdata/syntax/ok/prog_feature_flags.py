import hashlib


def bucket(user_id, flag, buckets=100):
    h = hashlib.sha256(f"{flag}:{user_id}".encode()).hexdigest()
    return int(h[:8], 16) % buckets


def enabled(flag_cfg, user):
    if not flag_cfg.get("enabled", False):
        return False
    if user["id"] in flag_cfg.get("deny", ()):
        return False
    if user["id"] in flag_cfg.get("allow", ()):
        return True
    if (countries := flag_cfg.get("countries")) and user["country"] not in countries:
        return False
    return bucket(user["id"], flag_cfg["name"]) < flag_cfg.get("rollout_percent", 0)


flags = get_flags()
{f["name"]: enabled(f, current_user) for f in flags}
