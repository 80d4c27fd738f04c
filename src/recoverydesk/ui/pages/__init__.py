"""The pages of the unlocked app, one module (or a few) each."""
