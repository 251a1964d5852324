# expect: ModuleNotFoundError
import secrets
print(secrets.token_hex(8))
