def diff(old, new, path=()):
    changes = []
    for key in sorted(set(old) | set(new), key=str):
        p = path + (key,)
        if key not in new:
            changes.append(("removed", ".".join(map(str, p)), old[key], None))
        elif key not in old:
            changes.append(("added", ".".join(map(str, p)), None, new[key]))
        elif isinstance(old[key], dict) and isinstance(new[key], dict):
            changes.extend(diff(old[key], new[key], p))
        elif old[key] != new[key]:
            changes.append(("changed", ".".join(map(str, p)), old[key], new[key]))
    return changes


before = get_config_version(service, version - 1)
after = get_config_version(service, version)
[f"{kind:8} {path}: {a!r} -> {b!r}" for kind, path, a, b in diff(before, after)]
