# mock load: {"return": "  Some Text  "}
load("k").strip().lower().split()
