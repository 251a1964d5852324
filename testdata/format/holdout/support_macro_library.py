# Support macros: canned replies with light personalisation.
# Agents pick a macro; this script fills it in and applies the side effects.

import re

MACROS = {
  'refund_issued': {
    'subject': 'Your refund for order {order_number}',
    'body': '''Hi {first_name},

We've issued a refund of {amount} to your original payment method. It usually shows up within 5-10 business days, depending on your bank.

Thanks for your patience,
{agent_name}''',
    'tags': ['refund'], 'close': True,
  },
  'shipping_delay': {
    'subject': 'Update on order {order_number}',
    'body': '''Hi {first_name},

Your order is taking a little longer than expected: the new estimated delivery date is {eta}. We're sorry about the wait{apology_credit}.

{agent_name}''',
    'tags': ['shipping','delay'], 'close': False,
  },
  'password_reset': {
    'subject': 'Resetting your password',
    'body': '''Hi {first_name},

You can reset your password here: {reset_link}
The link expires in 30 minutes. If you didn't ask for this, you can ignore this email.

{agent_name}''',
    'tags': ['account'], 'close': True,
  },
}

PLACEHOLDER = re.compile(r'\{(\w+)\}')


def context_for(ticket, agent):
  customer = get_customer(ticket['customer_id'])
  order = get_order(ticket['order_id']) if ticket.get('order_id') else {}
  ctx = {
    'first_name': (customer.get('first_name') or 'there').strip(),
    'agent_name': agent['display_name'],
    'order_number': order.get('number', ''),
    'amount': '${:,.2f}'.format(order['refund_amount']) if order.get('refund_amount') else '',
    'eta': order.get('eta', 'soon'),
    'reset_link': '',
    'apology_credit': '',
  }
  if order.get('days_late', 0) >= 5:
    credit = issue_store_credit(customer['id'], 10, reason='shipping delay')
    ctx['apology_credit'] = ', so we added a $10 credit ({}) to your account'.format(credit['code'])
  return ctx


def render(template, ctx):
  missing = [name for name in PLACEHOLDER.findall(template) if not ctx.get(name) and name not in ('apology_credit',)]
  if missing:
    raise KeyError('missing values for: ' + ', '.join(sorted(set(missing))))
  return PLACEHOLDER.sub(lambda m: str(ctx.get(m.group(1), '')), template)


def apply_macro(ticket, macro_name, agent):
  macro = MACROS.get(macro_name)
  if macro is None:
    return {'ok': False, 'error': 'unknown macro ' + macro_name}
  ctx = context_for(ticket, agent)
  if macro_name == 'password_reset':
    ctx['reset_link'] = create_password_reset_link(ticket['customer_id'], ttl_minutes=30)
  try:
    subject, body = render(macro['subject'], ctx), render(macro['body'], ctx)
  except KeyError as e:
    return {'ok': False, 'error': str(e)}
  reply_to_ticket(ticket['id'], subject=subject, body=body, author=agent['id'])
  add_tags(ticket['id'], macro['tags'])
  if macro['close']: close_ticket(ticket['id'], resolution=macro_name)
  return {'ok': True, 'closed': macro['close'], 'chars': len(body)}


apply_macro(ticket, macro_name, agent)
