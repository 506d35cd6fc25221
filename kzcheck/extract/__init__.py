"""From a press report to the data: find the figures an article prints, attribute them, write them as printings.

`text` normalises and splits the article, `numbers` reads number forms, `names` recognises the names the data holds,
`attribute` turns both into entries with a confidence, `writer` appends them to a data folder, `render` shows them.
"""
