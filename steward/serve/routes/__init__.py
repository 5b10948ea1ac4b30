"""The gateway's routes, one module per family; ``create_app`` includes them in this order."""
