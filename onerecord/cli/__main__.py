"""``python -m onerecord.cli``: the same as the ``onerecord`` console script."""

from . import main

main()
