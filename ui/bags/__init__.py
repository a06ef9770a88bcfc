"""The confidential bag screens: the clerk's bags (bags_view) and print register
(prints_view), the chief procurator's bags awaiting unsealing (unsealing).
ui/sections.py registers them; each module loads when its section first shows."""
