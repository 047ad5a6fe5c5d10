"""Language modelling: corpora and the truncated-BPTT batcher (data), the token cache, training on the
engine (train), sampling (sampling), using a trained model (use) and reading its activations."""
