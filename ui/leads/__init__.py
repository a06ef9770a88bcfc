"""The leads register's screens (issue 5 item 6): list, lead view, entry form,
routing dialog, overdue view and dashboard. Qt only; the workflows are
desktop.leads.service behind UnlockedSession.leads()."""
