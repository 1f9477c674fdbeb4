# Floats mpy-tool.py cannot freeze (too large for float32, inf, nan): mpyc writes valid C.
big = 1e100
neg_big = -1e300
inf = float('inf')
f = 1e308 * 10
n = f - f
m = -f
tie = 3.4028235677973366e38
