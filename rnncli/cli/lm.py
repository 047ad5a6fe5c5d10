"""Language-model commands: `train-lm`, `sample`, `eval`."""
