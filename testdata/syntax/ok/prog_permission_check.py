ROLE_PERMS = {
    "viewer": {"read"},
    "editor": {"read", "write"},
    "admin": {"read", "write", "delete", "share"},
}

user = get_user(user_id)
resource = get_resource(resource_id)

perms = set()
for role in user["roles"]:
    perms |= ROLE_PERMS.get(role, set())
if resource["owner_id"] == user["id"]:
    perms |= {"read", "write", "share"}
if resource.get("locked") and "admin" not in user["roles"]:
    perms -= {"write", "delete"}

allowed = action in perms
if not allowed:
    audit_log(user_id=user_id, resource=resource_id, action=action, result="denied")
allowed
