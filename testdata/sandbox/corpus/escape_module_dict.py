# expect: AttributeError
import json
print(json.__dict__)
