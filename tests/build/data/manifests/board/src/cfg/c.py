C = 3  # not listed
