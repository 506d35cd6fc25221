"""The HTML report: its pages (`pages`), charts (`charts`), templates, and the folder it is written into (`folder`)."""
