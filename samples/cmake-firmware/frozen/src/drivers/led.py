# A LED driver; on a host build it only remembers its state.
class Led:
    def __init__(self, pin=25):
        self.pin = pin
        self.state = 0

    def value(self, v=None):
        if v is None:
            return self.state
        self.state = 1 if v else 0
