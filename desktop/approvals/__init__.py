"""Requests to the chief procurator, his signed decisions and their enforcement."""
