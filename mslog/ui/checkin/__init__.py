"""The daily check-in card and dialog on the Log tab."""
