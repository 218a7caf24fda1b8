x = 'a' \
    'b'
y = ('a'
     'b')
z = """multi
line""" 'x'
