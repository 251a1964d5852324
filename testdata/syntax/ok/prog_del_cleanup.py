record = dict(fetch_user_record(user_id))

# strip sensitive fields before returning to the model
for key in ("ssn", "password_hash", "mfa_secret"):
    if key in record:
        del record[key]

addresses = record.get("addresses", [])
del addresses[3:]
if addresses:
    del addresses[0]["geo"]

tmp = [a["city"] for a in addresses]
cities = ", ".join(tmp)
del tmp, key

record["cities"] = cities
record
