# frozen as text
print("hello from text")
