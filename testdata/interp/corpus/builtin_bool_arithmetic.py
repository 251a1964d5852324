True + True
