"""The offline place index: built at install time from PyPI data, queried by the places stage."""
