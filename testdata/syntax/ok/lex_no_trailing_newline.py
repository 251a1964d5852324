def greet(name):
    return f"hi {name}"

names = ["a", "b"]
[greet(n) for n in names]