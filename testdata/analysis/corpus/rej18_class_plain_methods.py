class Account:
    """A bank account with a running balance."""
    currency = "EUR"

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        return self.balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

acct = Account("ana", 10)
acct.deposit(5)
repr(acct)
