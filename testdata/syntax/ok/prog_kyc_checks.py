from datetime import date

HIGH_RISK = {"KP", "IR", "SY"}

checks = {
    "name_present": bool(applicant.get("full_name", "").strip()),
    "adult": (date.today() - date.fromisoformat(applicant["dob"])).days >= 18 * 365.25,
    "document_valid": applicant["document"]["expires"] > date.today().isoformat(),
    "country_ok": applicant["country"] not in HIGH_RISK,
    "sanctions_clear": not screen_sanctions(applicant["full_name"], applicant["dob"]),
    "address_verified": applicant.get("proof_of_address") is not None,
}

failed = [name for name, passed in checks.items() if not passed]
level = "verified" if not failed else "manual_review" if failed == ["address_verified"] else "rejected"
{"level": level, "failed": failed}
