FAST = True
__version__ = "custom"
