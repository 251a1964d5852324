import json
import base64

SOURCES = ['profile','orders','support_tickets','marketing_preferences','login_history']

def collect(user_id):
    data = {}
    for source in SOURCES:
        try:
            data[source] = fetch_user_data(source, user_id)
        except Exception as err:   # noqa: BLE001 - we want a partial export
            data[source] = {'error': str(err)}
    return data

def redact(record, fields=('password_hash','internal_notes','risk_score')):
    if isinstance(record, dict):
        return {k: ('[redacted]' if k in fields else redact(v, fields)) for k, v in record.items()}
    if isinstance(record, list):
        return [redact(r, fields) for r in record]
    return record

def build_export(user_id):
    data = redact(collect(user_id))
    payload = json.dumps({'user_id': user_id, 'generated_at': now_iso(), 'data': data}, indent = 2, sort_keys = True, default = str)
    encoded = base64.b64encode(payload.encode('utf-8')).decode('ascii')
    link = upload_private_file(f'gdpr/{user_id}.json', encoded, content_type = 'application/json', expires_in_days = 7)
    send_email(get_user_email(user_id), template = 'gdpr_export_ready', context = {'link': link, 'expires_in_days': 7})
    audit_log('gdpr_export', user_id = user_id, sources = SOURCES, size_bytes = len(payload))
    return link

build_export(request['user_id'])
