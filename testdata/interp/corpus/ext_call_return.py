# mock get_user: {"return": {"id": 7, "name": "Ann", "roles": ["admin"]}}
user = get_user(7)
print(user["name"], user["roles"])
"admin" in user["roles"]
