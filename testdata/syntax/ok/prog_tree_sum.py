def total_size(node):
    if node["type"] == "file":
        return node["size"]
    return sum(total_size(child) for child in node.get("children", []))


def largest_dirs(node, path="", out=None):
    out = [] if out is None else out
    if node["type"] == "dir":
        here = f"{path}/{node['name']}".replace("//", "/")
        out.append((total_size(node), here))
        for child in node.get("children", []):
            largest_dirs(child, here, out)
    return out


tree = list_directory_tree(root, depth=6)
biggest = sorted(largest_dirs(tree), reverse=True)[:5]
[f"{size / 1024 / 1024:8.1f} MiB  {path}" for size, path in biggest]
