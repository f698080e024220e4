"""Entry points: thin ``run(argv)`` functions over the transforms."""
