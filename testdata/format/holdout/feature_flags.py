import binascii

def bucket(user_id: str, flag: str, buckets: int = 10000) -> int:
    return binascii.crc32((flag + ":" + user_id).encode()) % buckets

def evaluate_rule(rule, user):
    attr = user.get(rule['attribute'])
    op, value = rule['op'], rule['value']
    if op == 'eq': return attr == value
    if op == 'neq': return attr != value
    if op == 'in': return attr in value
    if op == 'gte': return attr is not None and attr >= value
    if op == 'lte': return attr is not None and attr <= value
    if op == 'contains': return attr is not None and value in attr
    raise ValueError(f"unknown operator {op!r} in rule for flag")

def is_enabled(flag_config, user):
    if not flag_config.get('enabled', False):
        return False
    if user['id'] in flag_config.get('deny_list', []): return False
    if user['id'] in flag_config.get('allow_list', []): return True
    for rule in flag_config.get('rules', []):
        if not evaluate_rule(rule, user):
            return False
    rollout = flag_config.get('rollout_percent', 100)
    return bucket(user['id'], flag_config['name']) < rollout * 100

flags = load_flags(environment='production')
user = get_user(user_id)
{name: is_enabled(cfg, user) for name, cfg in flags.items()}
