VERSION = (1, 2, 0)
print("pkg imported, version", VERSION)
