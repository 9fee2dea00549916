"""The front doors of gigmatch: the dialogue engine, Telegram, the terminal and the CLI."""
