"""Settings for the whole suite."""

from hypothesis import settings

# Property tests check what holds, not how fast: on a shared, loaded CI machine an
# example's run time must not turn into a failure (hypothesis's default deadline is
# 200 ms; a first example that imports a module or builds a vault can pass it).
settings.register_profile("leadvault", deadline=None)
settings.load_profile("leadvault")
