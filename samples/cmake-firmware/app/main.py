# The application the device runs from its filesystem (compiled to main.mpy).
from lib import blink, config

blink.run(config.PERIOD_MS, times=config.TIMES)
