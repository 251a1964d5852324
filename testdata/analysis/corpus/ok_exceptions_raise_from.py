def load(cfg):
    try:
        return cfg["path"]
    except KeyError as e:
        raise ValueError("missing path") from e

def safe(cfg):
    try:
        return load(cfg)
    except ValueError as err:
        return f"error: {err}"

[safe({}), safe({"path": "/x"})]
