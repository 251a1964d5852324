# A single unknown type letter: 0.0.18 rejects at load, 0.0.23 at run time.
n = 5
f"{n:T}"
