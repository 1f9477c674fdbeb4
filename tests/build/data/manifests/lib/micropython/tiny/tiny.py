def hello():
    return "tiny"
