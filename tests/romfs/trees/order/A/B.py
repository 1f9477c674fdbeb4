text = """a
multiline
string"""
