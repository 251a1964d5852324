import asyncio

async def enrich(contact):
    company, social, email_ok = await asyncio.gather(
        lookup_company(contact['email'].split('@')[1]),
        lookup_social_profiles(contact['email']),
        verify_email(contact['email']),
    )
    return {
        **contact,
        'company_name': (company or {}).get('name'),
        'industry': (company or {}).get('industry'),
        'employees': (company or {}).get('employees'),
        'linkedin': next((p['url'] for p in social if p['network'] == 'linkedin'), None),
        'email_deliverable': email_ok,
    }

async def main(batch_size = 25):
    contacts = contacts_missing_enrichment(limit = 500)
    enriched = []
    for i in range(0, len(contacts), batch_size):
        enriched += await asyncio.gather(*[enrich(c) for c in contacts[i:i + batch_size]])
    update_contacts(enriched)
    undeliverable = [c['id'] for c in enriched if c['email_deliverable'] is False]
    if undeliverable: tag_contacts(undeliverable, 'bad-email')
    return {'enriched': len(enriched), 'undeliverable': len(undeliverable)}

await main()
