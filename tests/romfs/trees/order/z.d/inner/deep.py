def deep():
    return "z.d/inner"
