"""One module per subcommand of `python -m generator`."""
