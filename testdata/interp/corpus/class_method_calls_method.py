class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        return self
    def pop(self):
        if self.is_empty():
            raise IndexError("pop from empty stack")
        return self.items.pop()
    def is_empty(self):
        return len(self.items) == 0

s = Stack().push(1).push(2)
print(s.pop(), s.pop(), s.is_empty())
s.pop()
