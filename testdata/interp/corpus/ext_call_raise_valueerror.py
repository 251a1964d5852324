# mock validate: {"raise": {"type": "ValueError", "message": "invalid payload"}}
def handler(p):
    try:
        validate(p)
        return "ok"
    except ValueError as e:
        return "rejected: " + str(e)

handler({"a": 1})
