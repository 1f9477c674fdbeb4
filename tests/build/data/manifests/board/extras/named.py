NAMED = True
