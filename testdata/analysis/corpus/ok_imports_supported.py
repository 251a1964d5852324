import json
import math
import re
from typing import Any, Optional

def parse(payload: str) -> Optional[dict[str, Any]]:
    data = json.loads(payload)
    if not isinstance(data, dict):
        return None
    data["norm"] = math.sqrt(sum(v * v for v in data.get("vec", [])))
    data["words"] = re.findall(r"[a-z]+", data.get("text", ""))
    return data

parse('{"vec": [3, 4], "text": "hello world"}')
