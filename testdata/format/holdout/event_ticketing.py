from dataclasses import dataclass


@dataclass
class TicketType:
    name: str
    price: float
    capacity: int
    sold: int = 0

    def remaining(self):
        return self.capacity - self.sold


def dynamic_price(t: TicketType, days_to_event: int) -> float:
    fill = t.sold / t.capacity if t.capacity else 1
    multiplier = 1.0
    if fill > 0.9: multiplier += 0.25
    elif fill > 0.75: multiplier += 0.1
    if days_to_event <= 3: multiplier += 0.15
    elif days_to_event > 60: multiplier -= 0.1   # early bird
    return round(t.price * multiplier, 2)


def purchase(event_id, type_name, quantity, buyer):
    types = {t['name']: TicketType(**t) for t in ticket_types(event_id)}
    t = types.get(type_name)
    if t is None: return {'ok': False, 'error': 'unknown ticket type'}
    if quantity > 8: return {'ok': False, 'error': 'at most 8 tickets per order'}
    if t.remaining() < quantity: return {'ok': False, 'error': f'only {t.remaining()} left'}
    price = dynamic_price(t, days_until_event(event_id))
    hold = reserve_seats(event_id, type_name, quantity, ttl_seconds = 600)
    charge = charge_card(buyer['payment_method'], amount = price * quantity, description = f'{quantity}x {type_name}')
    if not charge['ok']:
        release_hold(hold); return {'ok': False, 'error': 'payment failed'}
    tickets = issue_tickets(hold, buyer_email = buyer['email'])
    return {'ok': True, 'tickets': tickets, 'unit_price': price, 'total': round(price * quantity, 2)}


purchase(req['event_id'], req['type'], req['quantity'], req['buyer'])
