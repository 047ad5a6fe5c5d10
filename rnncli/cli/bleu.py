"""`rnncli bleu`."""
