"""The PySide6 application: everything Qt."""
