QCFG(BYTES_IN_LEN, (2))
QCFG(BYTES_IN_HASH, (0))
Q(helper)
Q(closure)
