s1 = "double"
s2 = 'single'
s3 = """triple double"""
s4 = '''triple single'''
s5 = "con" "cat"
s6 = ("multi"
      "line"
      'concat')
s7 = "" ''
s8 = b"bytes" b'more'
s9 = "quote's"
s10 = 'say "hi"'
