# hidden
Z = 3
