"""Federated training of the intent classifier over sites whose rows never leave them, built on
Flower (``flwr``): each site governs its own data, trains locally and sends back only model
parameters; the server aggregates them. ``steward federate POLICY`` is the front door."""
