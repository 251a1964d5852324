# limits: {"max_duration": "1s"}
# expect: TimeoutError
import itertools
for i in itertools.count():
    pass
