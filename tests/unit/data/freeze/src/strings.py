# str and bytes constants: lengths around the intern threshold (25 code points), non-ASCII,
# characters repr() escapes, quotes and backslashes, and identifiers that need escaping.
s24 = 'a string of exactly 24 c'
s25 = 'a string of exactly 25 ch'
u24 = 'ééééééééééééééééééééééé!'
u25 = 'éééééééééééééééééééééééé!'
long_unicode = "héllo wörld, this is a long unicode string — ✓"
zero_width = '\u200b'
tag_char = '\U000e0001'
emoji = '😀 smile'
controls = '\x00\x01\x7f\x80\x9f\xa0\xad'
quotes = 'it\'s "quoted" \\ back'
only_single = "it's"
only_double = 'say "hi"'
nl = 'line\nbreak\ttab\rret'
b_empty = b''
b_bin = b'\x00\xff abc "q" \\'
b_long = b'0123456789' * 5
empty = ''
def café(naïve, ñ=1, *, ключ=2):
    return naïve + 'é' + ñ
π = 3.14159
names = ('a-b', 'a_hyphen_b', 'x.y', '<lambda>', 'return', '*', '__init__')
