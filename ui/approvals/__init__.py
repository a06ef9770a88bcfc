"""The approvals screens: the requester's requests and the chief procurator's inbox."""
