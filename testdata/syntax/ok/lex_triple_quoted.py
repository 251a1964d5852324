a = """one line"""
b = '''one line'''
c = """
leading and trailing newline
"""
d = '''it's "quoted" inside'''
e = """she said "hi" and 'bye' """
f = """ends with a quote\""""
g = """escaped newline \
continues here"""
h = '''
    indented
        more indented
'''
i = """""" 
j = ''''''
k = """ " "" """
l = ''' ' '' '''
m = """tab\there"""
