def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"), greet("Bo", "Hi"), greet("Cy", punct="?"))
greet(punct=".", name="Di")
