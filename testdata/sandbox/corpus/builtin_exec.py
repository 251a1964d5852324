# expect: NameError
exec("import os")
