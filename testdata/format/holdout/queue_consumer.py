import json

MAX_ATTEMPTS=5
def backoff(attempt):return min(300,2**attempt)

def handle(msg):
    kind=msg['type']
    if kind=='resize_image':
        resize_image(msg['bucket'],msg['key'],sizes=[(1600,1600),(800,800),(200,200)])
    elif kind=='send_receipt':
        send_email(msg['email'],template='receipt',context=msg['context'])
    elif kind=='reindex':
        reindex_document(msg['index'],msg['doc_id'])
    else:
        raise ValueError('unknown message type: '+kind)

processed=failed=dead=0
for raw in receive_messages('jobs',max_messages=50,wait_seconds=10):
    msg=json.loads(raw['body'])
    attempt=int(raw.get('attributes',{}).get('attempt','0'))
    try:
        handle(msg)
        delete_message('jobs',raw['receipt'])
        processed+=1
    except Exception as e:
        if attempt+1>=MAX_ATTEMPTS:
            send_message('jobs-dead-letter',json.dumps({'message':msg,'error':str(e),'attempts':attempt+1}))
            delete_message('jobs',raw['receipt'])
            dead+=1
        else:
            change_visibility('jobs',raw['receipt'],timeout=backoff(attempt),attributes={'attempt':str(attempt+1)})
            failed+=1
{'processed':processed,'retrying':failed,'dead_lettered':dead}
