"""What the host application offers the rules: inputs and external functions."""

from typing import Any

order: dict[str, Any]
"""The order being priced, as the checkout service sends it."""

customer_id: str

def get_customer(customer_id: str) -> dict[str, Any]:
    """Load a customer record: name, tier, country, signup year."""
    ...

async def fetch_rates(currency: str, *, date: str | None = None) -> dict[str, float]:
    """Exchange rates for a currency, from the treasury service."""
    ...

def log_event(name: str, **fields: Any) -> None:
    """Record an audit event."""
    ...
