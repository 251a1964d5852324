class Compat:
    try:
        import json
        dumps = json.dumps
    except ImportError:
        dumps = None
