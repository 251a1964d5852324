import json
import base64

HANDLERS = {}

def handler(event_type):
    def register(fn):
        HANDLERS[event_type] = fn
        return fn
    return register

@handler('payment.succeeded')
def on_payment(data):
    mark_order_paid(data['order_id'], amount=data['amount'], currency=data['currency'])
    send_email(data['customer_email'], template='receipt', context={'order_id': data['order_id'], 'amount': data['amount']})
    return 'ok'

@handler('payment.failed')
def on_payment_failed(data):
    attempts = increment_counter('payment_failures:' + data['customer_id'])
    if attempts >= 3: suspend_subscription(data['subscription_id'], reason='payment failures')
    return 'recorded'

@handler('customer.deleted')
def on_customer_deleted(data):
    schedule_job('gdpr_erase', {'customer_id':data['customer_id']}, delay_seconds=3600)
    return 'scheduled'

def dispatch(request):
    body = request['body']
    if request.get('is_base64'):
        body = base64.b64decode(body).decode('utf-8')
    if not verify_signature(body, request['headers'].get('X-Signature', ''), secret_name='webhook_secret'):
        return {'status': 401, 'body': 'bad signature'}
    event = json.loads(body)
    fn = HANDLERS.get(event['type'])
    if fn is None:
        return {'status':200,'body':'ignored ' + event['type']}
    return {'status': 200, 'body': fn(event['data'])}

dispatch(request)
