class Account:
    def __init__(self, balance):
        self.__balance = balance

    def balance(self):
        return self.__balance

a = Account(10)
print(a.balance(), hasattr(a, "_Account__balance"))
a.__balance
