"""Workflows: plain functions behind the commands (options in, result out, progress via a
callback). Anything the CLI does, a Python user can do by calling these."""
