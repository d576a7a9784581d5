"""Icons, sounds, routines and illustrations shipped with MSLog."""
