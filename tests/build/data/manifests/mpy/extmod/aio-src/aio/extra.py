# not listed in the manifest: not frozen
