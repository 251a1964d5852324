# expect: ModuleNotFoundError
import uuid
print(uuid.uuid4())
