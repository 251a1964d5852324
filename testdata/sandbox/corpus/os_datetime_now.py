# expect: NotImplementedError
import datetime
print(datetime.datetime.now())
