# mock square: {"cases": [{"args": [1], "kwargs": {}, "return": 1}, {"args": [2], "kwargs": {}, "return": 4}, {"args": [3], "kwargs": {}, "return": 9}]}
[square(i) for i in range(1, 4)]
