"""From a press report to the data: find the figures an article prints, attribute them, write them as printings.

`text` normalises and splits the article, `numbers` reads number forms, `names` (with `morphology`) recognises the
names the data holds, `pairing` says what each number is and which name it belongs to, `attribute` says who speaks
for it and how sure the reading is (`model` holds the records), `writer` appends rows to a data folder, `render`
shows them. `data` is the one place that reads the data folder's loaders; `article` ties them together.
"""
