P = "priv"
