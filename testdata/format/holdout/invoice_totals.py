TAX_RATES = {
  'US-CA' : 0.0725,
  'US-NY' : 0.04,
  'US-TX' : 0.0625,
  'DE'    : 0.19,
  'FR'    : 0.20,
  'GB'    : 0.20,
}

def line_total(line) :
    amount = line['unit_price'] * line['quantity']
    if line.get('discount_pct') :
        amount = amount * (1 - line['discount_pct']/100)
    return round(amount , 2)

def invoice_totals(invoice) :
    subtotal = 0
    taxable = 0
    for line in invoice['lines'] :
        t = line_total(line)
        subtotal += t
        if not line.get('tax_exempt' , False) :
            taxable += t
    rate = TAX_RATES.get(invoice['region'] , 0)
    tax = round(taxable * rate , 2)
    shipping = invoice.get('shipping' , 0)
    return {
        'subtotal' : round(subtotal , 2) ,
        'tax' : tax ,
        'shipping' : shipping ,
        'total' : round(subtotal + tax + shipping , 2) ,
        'currency' : invoice.get('currency' , 'USD') ,
    }

totals = invoice_totals(invoice)
if totals['total'] > 10000 :
    request_approval(invoice['id'] , approver = 'finance-lead' , amount = totals['total'])
else :
    finalize_invoice(invoice['id'] , totals)
totals
