def stream():
    yield f"{1000:_}"
