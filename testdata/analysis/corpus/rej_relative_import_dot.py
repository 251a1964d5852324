from . import helpers
helpers.run()
