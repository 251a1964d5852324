class Cat:
    sound = "meow"

class Dog:
    sound = "woof"

pets = [Cat(), Dog(), Cat()]
[p.sound for p in pets if isinstance(p, Cat)]
