DEFAULTS = {"retries": 3, "timeout": 10, "headers": {"Accept": "application/json"}, "verbose": False}

env_overrides = {k.removeprefix("APP_").lower(): v for k, v in environment.items() if k.startswith("APP_")}
file_cfg = load_yaml_config(config_path) or {}

merged = {**DEFAULTS, **file_cfg, **env_overrides}
merged["headers"] = {**DEFAULTS["headers"], **file_cfg.get("headers", {})}

for key in ("retries", "timeout"):
    if isinstance(merged[key], str):
        merged[key] = int(merged[key])

unknown = sorted(set(merged) - set(DEFAULTS))
merged, unknown
