MAX_ATTEMPTS = 4

attempt = 0
last_error = None
response = None
while attempt < MAX_ATTEMPTS:
    attempt += 1
    try:
        response = call_payment_api(payment_id, timeout=5)
    except TimeoutError as e:
        last_error = f"timeout on attempt {attempt}"
        continue
    except ConnectionError as e:
        last_error = str(e)
        sleep(2 ** attempt)
        continue
    except (KeyError, ValueError):
        last_error = "bad response"
        break
    else:
        break
    finally:
        log(f"payment attempt {attempt} done")

{"ok": response is not None, "attempts": attempt, "error": last_error, "response": response}
