# Calls a function every `period` ticks.
class Ticker:
    def __init__(self, period, fn):
        self.period = period
        self.fn = fn
        self.count = 0

    def tick(self):
        self.count += 1
        if self.count % self.period == 0:
            self.fn(self.count)
