"""One module per command group; each exposes a ``typer.Typer`` (or a command function) that ``_app`` mounts."""
