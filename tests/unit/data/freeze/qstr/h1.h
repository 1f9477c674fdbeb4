# 1 "<stdin>"
# 1 "<built-in>"
// A preprocessed qstr header in miniature (the format of genhdr/qstrdefs.preprocessed.h):
// QCFG lines set the sizes, Q lines list the qstrs the firmware already has.
QCFG(BYTES_IN_LEN, (1))
QCFG(BYTES_IN_HASH, (1))
    Q(helper)
Q(squares)
Q(\n)
Q(\r\n)
Q(upper)
Q(version)
Q(app.py)
Q(a-b)
Q(shared)
Q(<lambda>)
Q()
not a Q(line)
Q(gen
