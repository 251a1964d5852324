# limits: {"max_duration": "1s"}
# expect: TimeoutError
import itertools
for x in itertools.cycle([1, 2, 3]):
    pass
