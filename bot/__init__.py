"""A Telegram quiz bot that turns the facts of a passage into questions."""
