metadata(version="9.9")
module("web.py")
