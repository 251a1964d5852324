# mock tick: {"sequence": [1]}
[tick(), tick(), tick()]
