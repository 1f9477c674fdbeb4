print("tilde")
