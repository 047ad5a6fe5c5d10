"""rnncli: train, sample, translate with and look inside recurrent neural networks."""

__version__ = "0.1.0"
