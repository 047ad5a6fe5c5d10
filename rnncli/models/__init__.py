"""Recurrent models. One class per family; the cell type is a parameter."""
