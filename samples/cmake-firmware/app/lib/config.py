# Settings the application reads at start-up.
PERIOD_MS = 500
TIMES = 3
NAME = "mpyc sample firmware"
