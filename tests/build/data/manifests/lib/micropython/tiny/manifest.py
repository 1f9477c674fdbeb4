metadata(version="0.3.1", description="A tiny package")
module("tiny.py")
require("textutil")
