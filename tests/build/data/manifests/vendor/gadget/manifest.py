metadata(version="2.0")
options.defaults(fast=False)
if options.fast:
    module("gadget_fast.py")
else:
    module("gadget.py")
