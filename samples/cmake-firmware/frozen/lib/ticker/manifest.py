metadata(version="1.2.0", description="A periodic ticker")
module("ticker.py")
