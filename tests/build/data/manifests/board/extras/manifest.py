options.defaults(level=1, name="extras")
if options.level == 2:
    module("two.py")
elif options.level == 1:
    module("one.py")
else:
    pass
if not options.missing and options.name == "extras" and "two" in "one two":
    files = ["named.py"] + []
    freeze(".", files)
