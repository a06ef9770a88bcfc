"""The audit chain (DESIGN.md §7): canonical records (`canonical`), hashing and
appending inside the caller's transaction (`log`), verification (`chain`),
rollback detection (`heads`), what details may hold (`details`), errors. Qt-free
and SQL-free. Import the modules themselves: this package loads nothing, so the
screens can name the audit's errors without loading the chain."""
