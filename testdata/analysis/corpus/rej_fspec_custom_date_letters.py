# A strftime-like spec without `%`: both versions reject it at load time.
import datetime
when = datetime.date(2024, 5, 1)
stamp = f"{when:yyyy-mm-dd}"
stamp
