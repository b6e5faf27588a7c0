"""Importing answers from the form tools people already use (Qt-free).

One job per module: :mod:`.table` reads a CSV or ``.xlsx`` export into text cells,
:mod:`.columns` recognises what each column means, :mod:`.values` maps answers and names,
:mod:`.mapping_file` reads the user's explicit mapping, :mod:`.plan` works out the whole import
without storing anything, :mod:`.apply` stores it (once per file and round), :mod:`.report`
words it, :mod:`.command` is ``msworkshop import``.

The app's dialog calls ``read_table`` → ``plan_import`` (again after each change the user
makes) → ``apply_import``.
"""
