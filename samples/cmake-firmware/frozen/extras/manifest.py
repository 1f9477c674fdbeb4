# Optional extras; the including manifest passes stats_window=N.
options.defaults(stats_window=4)
module("stats.py")
