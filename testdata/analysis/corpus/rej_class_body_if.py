DEBUG = True

class Settings:
    level = "info"
    if DEBUG:
        level = "debug"

Settings.level
