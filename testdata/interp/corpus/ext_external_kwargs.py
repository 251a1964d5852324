# mock send_email: {"return": true}
ok = send_email(to="a@b.c", subject="hi", body="text")
print("sent", ok)
ok
