print(repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\tnew\nline\\"), repr("\x00\x7f"), repr("é"))
repr("\u200b")
