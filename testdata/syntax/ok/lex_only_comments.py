# This file has only comments.
#
#   indented text inside a comment
    # an indented comment line
	# a tab-indented comment line

# x = 1  (commented-out code)
