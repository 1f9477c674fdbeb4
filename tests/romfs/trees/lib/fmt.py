UNITS = ("B", "KB", "MB", "GB")


def human(n):
    i = 0
    while n >= 1024 and i < len(UNITS) - 1:
        n /= 1024
        i += 1
    return "{:.1f} {}".format(n, UNITS[i]) if i else "{} B".format(n)


def table(rows):
    width = max(len(str(r[0])) for r in rows)
    return "\n".join("{:<{w}} {}".format(k, v, w=width) for k, v in rows)
