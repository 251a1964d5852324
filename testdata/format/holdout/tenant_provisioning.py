import re

PLAN_LIMITS = {
    "free": {"users": 3, "storage_gb": 1, "api_rpm": 60},
    "pro": {"users": 25, "storage_gb": 100, "api_rpm": 600},
    "enterprise": {"users": None, "storage_gb": 2000, "api_rpm": 6000},
}
SUBDOMAIN = re.compile(r"^[a-z][a-z0-9-]{2,30}[a-z0-9]$")
RESERVED = {"www", "api", "admin", "app", "status", "help", "mail"}

def provision(req):
    sub = req["subdomain"].lower()
    if not SUBDOMAIN.match(sub) or sub in RESERVED:
        return {"ok": False, "error": f"subdomain {sub!r} is not allowed"}
    if tenant_exists(sub):
        return {"ok": False, "error": f"subdomain {sub!r} is taken"}
    limits = PLAN_LIMITS[req.get("plan", "free")]
    tenant = create_tenant(subdomain=sub, name=req["company"], plan=req.get("plan", "free"), region=req.get("region", "us-east-1"))
    create_database(tenant["id"], size_gb=limits["storage_gb"])
    set_rate_limit(tenant["id"], rpm=limits["api_rpm"])
    admin = invite_user(tenant["id"], email=req["admin_email"], role="owner")
    if limits["users"] is not None:
        set_seat_limit(tenant["id"], limits["users"])
    add_dns_record(f"{sub}.app.example.com", "CNAME", "tenants.lb.example.com")
    return {"ok": True, "tenant_id": tenant["id"], "url": f"https://{sub}.app.example.com", "invite": admin["invite_url"]}

provision(signup_request)
