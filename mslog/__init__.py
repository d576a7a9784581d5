"""MSLog: a private desktop diary for multiple sclerosis spasms and spasticity."""

__version__ = "0.1.0"
APP_NAME = "MSLog"
