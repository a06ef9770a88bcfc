"""LeadVault's Qt-free core: every rule of the workstation lives here."""
