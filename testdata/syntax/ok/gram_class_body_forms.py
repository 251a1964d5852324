class Account:
    """An account with a balance."""

    interest = 0.01
    kinds: tuple[str, ...] = ("checking", "savings")
    count: int

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self

    @property
    def rich(self):
        return self.balance > 10 ** 6

    @classmethod
    def empty(cls):
        return cls("nobody")

    if DEBUG:
        def debug(self):
            return vars(self)

    for _k in kinds:
        pass
    del _k
