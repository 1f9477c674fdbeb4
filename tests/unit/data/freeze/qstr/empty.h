# 1 "<stdin>"
Q(helper)
