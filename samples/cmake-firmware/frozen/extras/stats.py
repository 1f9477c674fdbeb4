# A running mean over the last few samples.
def mean(samples):
    return sum(samples) / len(samples) if samples else 0.0
