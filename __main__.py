"""``python -m thidua`` runs the command line."""
from .cli import main

main()
