"""What the window and the command line both call. Imports neither face."""
