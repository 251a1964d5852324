class InvalidTransition(Exception):
    pass


class Order:
    TRANSITIONS = {
        "new": {"paid", "cancelled"},
        "paid": {"shipped", "refunded"},
        "shipped": {"delivered", "returned"},
        "delivered": set(),
        "cancelled": set(),
        "refunded": set(),
        "returned": {"refunded"},
    }

    def __init__(self, order_id, state="new"):
        self.order_id = order_id
        self.state = state
        self.history = [state]

    def advance(self, new_state):
        if new_state not in self.TRANSITIONS[self.state]:
            raise InvalidTransition(f"{self.state} -> {new_state}")
        self.state = new_state
        self.history.append(new_state)
        return self

    def __repr__(self):
        return f"Order({self.order_id!r}, state={self.state!r})"


o = Order("A-100")
for step in ["paid", "shipped", "delivered"]:
    o.advance(step)
o.history
