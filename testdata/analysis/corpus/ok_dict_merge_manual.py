defaults = {"timeout": 30, "retries": 3, "verbose": False}
overrides = {"retries": 5}
config = {**defaults, **overrides}
config.update(verbose=True)
keys = sorted(config)
[f"{k}={config[k]!r}" for k in keys]
