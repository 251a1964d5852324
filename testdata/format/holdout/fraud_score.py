"""Fraud scoring rule.

Combines several weak signals into one score between 0 and 100.
"""
import math


HIGH_RISK_COUNTRIES = {"NG", "RU", "KP", "IR"}


def velocity_signal(transactions: list[dict], window_minutes: int = 60) -> float:
    """Score the number of transactions in the last window."""
    recent = [t for t in transactions if t["age_minutes"] <= window_minutes]
    if len(recent) <= 2:
        return 0.0
    return min(30.0, 5.0 * math.log2(len(recent)))


def geo_signal(txn: dict, profile: dict) -> float:
    if txn["country"] in HIGH_RISK_COUNTRIES: return 25.0
    if txn["country"] != profile.get("home_country") and not profile.get("travel_flag", False):
        return 15.0
    return 0.0


def amount_signal(txn, profile):
    avg = profile.get("avg_amount") or 1.0
    ratio = txn["amount"] / avg
    if ratio > 10: return 30.0
    elif ratio > 5: return 20.0
    elif ratio > 2: return 8.0
    else: return 0.0


def device_signal(txn, known_devices):
    return 0.0 if txn.get("device_id") in known_devices else 12.5


def score(txn: dict) -> dict:
    profile = fetch_profile(txn["account_id"])
    history = fetch_transactions(txn["account_id"], limit=50)
    devices = set(fetch_known_devices(txn["account_id"]))
    signals = {
        "velocity": velocity_signal(history),
        "geo": geo_signal(txn, profile),
        "amount": amount_signal(txn, profile),
        "device": device_signal(txn, devices),
    }
    total = min(100.0, sum(signals.values()))
    decision = "block" if total >= 70 else "review" if total >= 40 else "allow"
    return {"score": round(total, 1), "decision": decision, "signals": signals, "account": txn["account_id"]}


score(transaction)
