import datetime
now = datetime.datetime.now()
now.year > 2000
