ROLE_PERMS = {
    "viewer": {"read"},
    "editor": {"read", "write"},
    "admin": {"read", "write", "delete", "grant"},
}

def can(user, action):
    perms = set()
    for role in user.get("roles", []):
        perms |= ROLE_PERMS.get(role, set())
    return action in perms

alice = {"roles": ["viewer", "editor"]}
[can(alice, a) for a in ("read", "write", "delete")]
