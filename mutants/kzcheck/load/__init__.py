"""Reading data files into frames: text kept as printed, numbers parsed beside it, every row's file and line kept."""
