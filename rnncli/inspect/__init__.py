"""Looking inside trained models: recording activations, ranking units against hypotheses, gate
statistics, colour scales and the renderers (terminal, HTML, PNG) built on them.

Nothing here prints: renderers return strings or write files, and the CLI decides where they go.
``torch`` is imported only by the modules that run a model (``record``), and matplotlib only inside
the functions that draw figures.
"""
