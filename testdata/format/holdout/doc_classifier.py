import json

LABELS = ["invoice", "receipt", "contract", "bank_statement", "id_document", "other"]

EXTRACTION_FIELDS = {
    "invoice": ["vendor", "invoice_number", "date", "total", "currency", "due_date"],
    "receipt": ["merchant", "date", "total", "currency"],
    "contract": ["parties", "effective_date", "term_months", "governing_law"],
    "bank_statement": ["bank", "account_last4", "period_start", "period_end", "closing_balance"],
}

def classify(text):
    prompt = "Which of these document types is this? " + ", ".join(LABELS) + "\nReply with one word.\n\n" + text[:3000]
    label = llm_complete(prompt, max_tokens = 5, temperature = 0).strip().lower()
    return label if label in LABELS else "other"

def extract(label, text):
    fields = EXTRACTION_FIELDS.get(label)
    if not fields: return {}
    prompt = f"Extract these fields from the {label.replace('_', ' ')} as a JSON object with exactly these keys: {json.dumps(fields)}. Use null when a field is missing.\n\n{text[:6000]}"
    raw = llm_complete(prompt, max_tokens = 400, temperature = 0, response_format = "json")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        return {"_error": "model returned invalid JSON"}
    return {k: data.get(k) for k in fields}

def process(doc_id):
    text = ocr_document(doc_id)
    label = classify(text)
    fields = extract(label, text)
    save_document_metadata(doc_id, {"type": label, "fields": fields, "needs_review": label == "other" or "_error" in fields})
    return {"doc": doc_id, "type": label, "fields": fields}

[process(d) for d in unprocessed_documents(inbox = "accounts-payable")]
