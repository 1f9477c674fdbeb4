PRE = 1
