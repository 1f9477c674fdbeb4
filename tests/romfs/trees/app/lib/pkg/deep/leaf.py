def describe():
    words = ["leaf", "of", "a", "nested", "package"]
    return " ".join(w.upper() if i % 2 else w for i, w in enumerate(words))
